namespace Dossier.Drafting;

/// <summary>One line of a seed: its 1-based number in the file and its text as printed. A non-empty line is a paragraph.</summary>
public sealed record SeedLine(int Number, string Text)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>The seed's lines ('\n' ends; a '\r' before it is not part of the text).</summary>
    public static IReadOnlyList<SeedLine> Of(string text) =>
        text.Split('\n').Select((line, i) => new SeedLine(i + 1, line.TrimEnd('\r'))).ToArray();
}
