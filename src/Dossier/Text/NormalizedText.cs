using System.Buffers;

namespace Dossier.Text;

/// <summary>
/// Text in the form used to match quotations: curly quotes made straight, every dash kind made '-',
/// runs of white space made one space, and nothing else (case and punctuation stay).
/// Keeps, for every character, its index in the original so a match can be mapped back.
/// </summary>
public sealed class NormalizedText
{
    private readonly string _original;
    private int[]? _originalIndex;

    private NormalizedText(string value, string original)
    {
        Value = value;
        _original = original;
    }

    public string Value { get; }

    public int OriginalLength => _original.Length;

    public static NormalizedText From(string text) => new(Normalize(text), text);

    /// <summary>The matching form of a needle (a quote's wording): same folding, ends trimmed.</summary>
    /// <remarks>Most texts are already in matching form, and are returned as they are: no copy is made.</remarks>
    public static string Normalize(string text)
    {
        var first = FirstChange(text);
        if (first == text.Length) return text;
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Write(text, first, buffer)]);
    }

    /// <summary>
    /// The matching form of a line of a longer text, without making a string: the line itself when it is already in
    /// that form, otherwise written into <paramref name="scratch"/> (made larger when needed), valid until its next use.
    /// </summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, ref char[]? scratch)
    {
        var first = FirstChange(text);
        if (first == text.Length) return text;
        if (scratch is null || scratch.Length < text.Length) scratch = new char[Math.Max(text.Length, 256)];
        return scratch.AsSpan(0, Write(text, first, scratch));
    }

    /// <summary>Writes the matching form of a text that first changes at <paramref name="first"/>; returns its length.</summary>
    private static int Write(ReadOnlySpan<char> text, int first, Span<char> buffer)
    {
        text[..first].CopyTo(buffer);
        var length = first;
        var pendingSpace = false;
        var i = first;
        while (i < text.Length)
        {
            // Copy the stretch up to the next character that is white space or folds, in one go.
            var plain = text[i..].IndexOfAny(SpaceOrChanging);
            if (plain != 0)
            {
                var stretch = plain < 0 ? text.Length - i : plain;
                if (pendingSpace && length > 0) buffer[length++] = ' ';
                pendingSpace = false;
                text.Slice(i, stretch).CopyTo(buffer[length..]);
                length += stretch;
                i += stretch;
                continue;
            }
            var c = text[i++];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = Fold(c);
        }
        return length;
    }

    /// <summary>Every character that normalizing replaces or removes: white space other than ' ', and what folds.</summary>
    private static readonly SearchValues<char> Changing = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => (c != ' ' && char.IsWhiteSpace(c)) || Fold(c) != c).ToArray());

    private static readonly SearchValues<char> SpaceOrChanging = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || Fold(c) != c).ToArray());

    /// <summary>
    /// Where normalizing first changes the text: the first character that folds or is white space other
    /// than one plain space between two other characters. The text's length when nothing changes.
    /// </summary>
    private static int FirstChange(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return 0;
        if (text[0] == ' ') return 0;
        var changing = text.IndexOfAny(Changing);
        var end = changing < 0 ? text.Length : changing;
        var doubled = text[..end].IndexOf("  ", StringComparison.Ordinal);
        if (doubled >= 0) return doubled;
        // A space before a changing character (or at the end) starts a run or a trailing space.
        return end > 0 && text[end - 1] == ' ' ? end - 1 : end;
    }

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
        // Folding keeps every character in place; only removed white space shifts them. Same length: same places.
        if (Value.Length == _original.Length) return (start, start + length);
        var index = _originalIndex ??= OriginalIndex(_original, Value.Length);
        var originalStart = index[start];
        var originalEnd = index[start + length - 1] + 1;
        return (originalStart, originalEnd);
    }

    /// <summary>
    /// For each character of the normalized text, its index in the original; a collapsed run of white space
    /// maps to its first character. Built only when a match is mapped back, since most texts never are.
    /// </summary>
    private static int[] OriginalIndex(string text, int normalizedLength)
    {
        var map = new int[normalizedLength];
        var length = 0;
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0 && length > 0) map[length++] = pendingSpace;
            pendingSpace = -1;
            map[length++] = i;
        }
        return map;
    }
}
