using Dossier.Rendering.Markdown;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class TimelinePage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var entries = dossier.Content.Events
            .OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new TimelineEntry(
                page.EventItem(e),
                MarkdownRenderer.ToHtml(e.Summary),
                e.Follows.Select(f => page.Event(f.Id)).ToArray(),
                ResolvedDossier.Lookup(dossier.QuotesByEvent, e.Id).Count,
                ResolvedDossier.Lookup(dossier.ArticlesByEvent, e.Id).Count))
            .ToArray();
        return new Page("timeline.html", "timeline", "Timeline", [page.Home()], new TimelineView(Svg.TimelineSvg.Render(dossier.Content.Events, page), entries),
            Description: "The chain of events, each with what it followed.");
    }
}
