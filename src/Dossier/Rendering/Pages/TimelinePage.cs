using Dossier.Model;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class TimelinePage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var events = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
        var entries = events
            .Select(e => new TimelineEntry(
                page.EventItem(e),
                e.Summary,
                page.Links(e.Follows),
                dossier.Referring<Quote>(e, Quote.Keys.Event).Count,
                dossier.Referring<Article>(e, Article.Keys.Events).Count))
            .ToArray();
        return new Page(Routes.Timeline, "timeline", "Timeline", [page.Home()], new TimelineView(TimelineLayout.Lay(events, page), entries),
            Description: "The chain of events, each with what it followed.");
    }
}
