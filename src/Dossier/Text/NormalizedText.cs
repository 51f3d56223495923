using System.Text;

namespace Dossier.Text;

/// <summary>
/// Text in the form used to match quotations: curly quotes made straight, every dash kind made '-',
/// runs of white space made one space, and nothing else (case and punctuation stay).
/// Keeps, for every character, its index in the original so a match can be mapped back.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalIndex;

    private NormalizedText(string value, int[] originalIndex, int originalLength)
    {
        Value = value;
        _originalIndex = originalIndex;
        OriginalLength = originalLength;
    }

    public string Value { get; }

    public int OriginalLength { get; }

    public static NormalizedText From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                    map.Add(pendingSpace);
                }
                pendingSpace = -1;
            }
            builder.Append(Fold(c));
            map.Add(i);
        }
        return new NormalizedText(builder.ToString(), map.ToArray(), text.Length);
    }

    /// <summary>The matching form of a needle (a quote's wording): same folding, ends trimmed.</summary>
    public static string Normalize(string text) => From(text).Value;

    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>Finds a normalized needle; returns the range in the original text, or null.</summary>
    public (int Start, int End)? Find(string normalizedNeedle)
    {
        if (normalizedNeedle.Length == 0) return null;
        var at = Value.IndexOf(normalizedNeedle, StringComparison.Ordinal);
        return at < 0 ? null : ToOriginal(at, normalizedNeedle.Length);
    }

    /// <summary>Maps a range of the normalized text back to the original (end exclusive).</summary>
    public (int Start, int End) ToOriginal(int start, int length)
    {
        var originalStart = _originalIndex[start];
        var originalEnd = _originalIndex[start + length - 1] + 1;
        return (originalStart, originalEnd);
    }
}
