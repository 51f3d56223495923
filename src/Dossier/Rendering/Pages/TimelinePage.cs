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
        var chart = TimeAxisLayout.Numbered(events, page);
        var number = events.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i + 1);
        var periods = TimePeriods.Split(events)
            .Select(p => new TimelinePeriod(TimePeriods.Label(p.From, p.To), p.Events.Select(e => new TimelineEntry(
                number[e],
                page.EventItem(e),
                e.Summary,
                page.Links(e.Follows),
                dossier.Referring<Quote>(e, Quote.Keys.Event).Count,
                dossier.Referring<Article>(e, Article.Keys.Events).Count)).ToArray()))
            .ToArray();
        return new Page(Routes.Timeline, "timeline", "Timeline", [page.Home()], new TimelineView(chart, periods),
            Description: "Every event on a true time axis, each with what it followed.");
    }
}
