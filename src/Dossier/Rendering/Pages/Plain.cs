using Markdig;

namespace Dossier.Rendering.Pages;

/// <summary>Plain-text forms of Markdown fields, for meta descriptions and search.</summary>
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
}
