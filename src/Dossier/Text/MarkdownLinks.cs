using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Text;

/// <summary>
/// The Markdown the YAML's fields are written in, and the links they may hold. One field is shown on pages at every
/// depth of the site, in the feed and in the EPUB, so a relative link or an anchor would lead somewhere else (or
/// nowhere) on each; only a full web or mail address means the same everywhere. Other schemes could run script.
/// </summary>
public static class MarkdownLinks
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static bool Allowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    /// <summary>The first link of the text that is not <see cref="Allowed"/>, or null when every link is.</summary>
    public static string? FirstRefused(string markdown)
    {
        // Every link Markdown can write has "]" (inline and reference links) or "<" (autolinks) in it.
        if (markdown.AsSpan().IndexOfAny(']', '<') < 0) return null;
        foreach (var link in Markdig.Markdown.Parse(markdown, Pipeline).Descendants<Inline>())
        {
            var url = link switch
            {
                LinkInline inline => inline.Url ?? "",
                AutolinkInline { IsEmail: false } auto => auto.Url,
                _ => null,
            };
            if (url is not null && !Allowed(url)) return url;
        }
        return null;
    }
}
