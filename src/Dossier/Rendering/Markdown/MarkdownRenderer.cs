using Markdig;
using Dossier.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// Renders the Markdown fields of the YAML. Raw HTML is disabled, and a link the load refused
/// (<see cref="MarkdownLinks.Allowed"/>) is never written, so that content can never inject markup or script into a page.
/// </summary>
public static class MarkdownRenderer
{
    public static string? ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var document = Markdig.Markdown.Parse(markdown, MarkdownLinks.Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!MarkdownLinks.Allowed(link.Url)) link.Url = "#";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!link.IsEmail && !MarkdownLinks.Allowed(link.Url)) link.Url = "#";
        }
        return document.ToHtml(MarkdownLinks.Pipeline).Replace("\r\n", "\n").TrimEnd('\n');
    }
}
