using Dossier.Rendering.Charts;
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
                e.Summary,
                e.Follows.Select(f => page.Event(f.Id)).ToArray(),
                ResolvedDossier.Lookup(dossier.QuotesByEvent, e.Id).Count,
                ResolvedDossier.Lookup(dossier.ArticlesByEvent, e.Id).Count))
            .ToArray();
        return new Page(Routes.Timeline, "timeline", "Timeline", [page.Home()], new TimelineView(TimelineLayout.Lay(dossier.Content.Events, page), entries),
            Description: "The chain of events, each with what it followed.");
    }
}
