using Dossier.Model;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>
/// The timeline: every event on a true time axis, then listed with the same numbers. A large dossier's timeline goes
/// on over pages (timeline.html, timeline-2.html, ...), each with the axis of its own events, numbered from 1, since a
/// mark has room for two digits.
/// </summary>
public static class TimelinePage
{
    private const int MostPerPage = 99;

    public static IReadOnlyList<Page> Build(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.AtTop(dossier);
        var events = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
        var parts = Paging.Split(events, limits with { Items = Math.Min(limits.Items, MostPerPage) }, e => Paging.Weight(e.Summary) + 4_000);
        return Paging.Pages(Routes.Timeline, parts, (number, part, pager) =>
        {
            var chart = TimeAxisLayout.Numbered(part, page);
            var numbers = part.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i + 1);
            var periods = TimePeriods.Split(part)
                .Select(p => new TimelinePeriod(TimePeriods.Label(p.From, p.To), p.Events.Select(e => new TimelineEntry(
                    numbers[e],
                    page.EventItem(e),
                    e.Summary,
                    page.Links(e.Follows),
                    dossier.Referring<Quote>(e, Quote.Keys.Event).Count,
                    dossier.Referring<Article>(e, Article.Keys.Events).Count)).ToArray()))
                .ToArray();
            return new Page(Paging.Route(Routes.Timeline, number), "timeline", Paging.Title("Timeline", number, parts.Count), [page.Home()],
                new TimelineView(chart, periods, pager),
                Description: "Every event on a true time axis, each with what it followed.");
        });
    }
}
