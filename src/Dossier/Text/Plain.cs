using System.Globalization;

namespace Dossier.Text;

/// <summary>Plain-text forms of Markdown fields and shortened texts, for descriptions, link texts and search.</summary>
public static class Plain
{
    public static string? Text(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Markdig.Markdown.ToPlainText(markdown).ReplaceLineEndings(" ").Trim();

    public static string? FirstSentence(string? markdown)
    {
        if (Text(markdown) is not { } text) return null;
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }

    /// <summary>The text cut at a word before <paramref name="length"/> characters, with an ellipsis.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>Non-empty parts joined, or null when there are none.</summary>
    /// <summary>A count with its noun, singular or plural: "1 event", "3 events".</summary>
    public static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>Counts that are not zero, joined: "10 quotes · 4 events"; empty where all are zero.</summary>
    public static string? CountedList(params (int Count, string Noun)[] counts) =>
        Join(" · ", counts.Where(c => c.Count > 0).Select(c => Counted(c.Count, c.Noun)));

    /// <summary>
    /// A file's size as readers read it, in the 1,000-based units file managers show: "812 bytes", "85 KB", "1.2 MB".
    /// </summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1000 => Counted((int)bytes, "byte"),
        < 999_500 => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / 1000.0, MidpointRounding.AwayFromZero):0} KB"),
        < 999_950_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000_000.0:0.0} GB"),
    };

    public static string? Join(string separator, params IEnumerable<string?> parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray() is { Length: > 0 } kept ? string.Join(separator, kept) : null;
}
