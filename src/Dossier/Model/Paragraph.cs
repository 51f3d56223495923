using System.Text;

namespace Dossier.Model;

/// <summary>One line of an article's reading text. Number is one-based within the article; SeedLine within the seed file.</summary>
public sealed class Paragraph(int number, string text, bool isHeading, int seedLine)
{
    // The text, or its UTF-8 bytes once compacted (about half the memory for the Latin-script texts of most dossiers).
    private object _text = text;

    public int Number { get; } = number;

    public bool IsHeading { get; } = isHeading;

    public int SeedLine { get; } = seedLine;

    /// <summary>The paragraph as written (a new string each time it is read once compacted).</summary>
    public string Text => _text as string ?? Encoding.UTF8.GetString((byte[])_text);

    /// <summary>The paragraph as UTF-8: the bytes kept once compacted (no string made), or encoded now.</summary>
    public ReadOnlySpan<byte> Utf8 => _text as byte[] ?? Encoding.UTF8.GetBytes((string)_text);

    /// <summary>Keeps the text as UTF-8 from now on: for a build that only draws the text from here (<see cref="ArticleText.Compact"/>).</summary>
    internal void Compact()
    {
        if (_text is string written) _text = Encoding.UTF8.GetBytes(written);
    }
}
