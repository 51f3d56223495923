using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// Renders the Markdown fields of the YAML. Raw HTML is disabled and links may only be http(s), mailto
/// or relative, so that content can never inject markup or script into a page.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static string? ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!link.IsEmail && !IsSafe(link.Url)) link.Url = "#";
        }
        return document.ToHtml(Pipeline).Replace("\r\n", "\n").TrimEnd('\n');
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        var scheme = url[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
