using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;
using Dossier.Text;

namespace Dossier.Rendering.Charts;

/// <summary>
/// Who was involved in what (<see cref="NetworkView"/>): the ties between actors and events, the strongest per pair,
/// shown as one row per actor along a shared time line and as a list per event. The time line is the periods of
/// <see cref="TimePeriods"/> side by side, each as wide as its share of the events (a period of one event still gets
/// room), with dates proportional within each. Large dossiers show their most connected actors and latest events.
/// </summary>
public static class NetworkLayout
{
    public enum Tie { Named, Spoke, Claimed, TookPart }

    public sealed record Edge(Event Event, Actor Actor, Tie Tie, string? Role);

    private const double Width = 400;
    private const double Gap = 6;
    private const double Size = 5;
    private const double Lane = 12;

    private static readonly (Tie Tie, string Id, string Label)[] Kinds =
    [
        (Tie.TookPart, "tookpart", "took part"),
        (Tie.Spoke, "spoke", "spoke"),
        (Tie.Claimed, "claimed", "made a claim"),
        (Tie.Named, "named", "named in a quote"),
    ];

    /// <summary>Who took part in, spoke about, claimed about, or was named in what; the strongest tie per pair.</summary>
    public static IReadOnlyList<Edge> Edges(Content content)
    {
        var ties = new Dictionary<(Event Event, Actor Actor), (Tie Tie, string? Role)>();
        void Add(Event? @event, Actor? actor, Tie tie, string? role = null)
        {
            if (@event is null || actor is null) return;
            if (!ties.TryGetValue((@event, actor), out var existing) || existing.Tie < tie) ties[(@event, actor)] = (tie, role);
        }
        foreach (var e in content.All<Event>())
            foreach (var p in e.Participants) Add(e, p.Actor.Target, Tie.TookPart, p.Role);
        foreach (var q in content.All<Quote>())
        {
            Add(q.Event?.Target, q.Speaker.Target, Tie.Spoke);
            foreach (var about in q.About) Add(q.Event?.Target, about.Target, Tie.Named);
        }
        foreach (var c in content.All<Claim>())
            foreach (var claimant in c.Answers.SelectMany(a => a.Claimants)) Add(c.Event?.Target, claimant.Actor?.Target, Tie.Claimed);
        return ties.Select(t => new Edge(t.Key.Event, t.Key.Actor, t.Value.Tie, t.Value.Role))
            .OrderBy(e => e.Event.Id, StringComparer.Ordinal).ThenBy(e => e.Actor.Id, StringComparer.Ordinal).ToArray();
    }

    // What one page can hold and stay light: rows up to so many marks in all, events up to so many ties in all, and
    // each event's strongest ties, with a count of the rest (the event's page has them all).
    private const int MostActors = 40;
    private const int MostEvents = 150;
    private const int MostMarks = 600;
    private const int MostTies = 600;
    private const int MostTiesPerEvent = 24;

    public static NetworkView Lay(Content content, PageContext page)
    {
        var edges = Edges(content);
        var events = Event.Definition.InOrder(edges.Select(e => e.Event).Distinct()).ToArray();
        var periods = TimePeriods.Split(events);
        var x = Scale(periods);
        var bands = Bands(periods);

        var byActor = edges.GroupBy(e => e.Actor)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .ToArray();
        var rows = WithinBudget(byActor.Take(MostActors), g => g.Count(), MostMarks)
            .Select(g => Row(g.Key, g.ToArray(), x, bands, page)).ToArray();

        var byEvent = edges.ToLookup(e => e.Event);
        var listed = WithinBudget(events.AsEnumerable().Reverse().Take(MostEvents), e => Math.Min(MostTiesPerEvent, byEvent[e].Count()), MostTies)
            .Reverse().ToArray();
        var eventTies = listed.Select(e => new EventTies(page.Link(e), e.When, byEvent[e]
                .OrderByDescending(t => t.Tie).ThenBy(t => t.Actor.Name, StringComparer.Ordinal)
                .Take(MostTiesPerEvent)
                .Select(t => new ActorTie(page.Link(t.Actor), Id(t.Tie), Part(t)))
                .ToArray(), Math.Max(0, byEvent[e].Count() - MostTiesPerEvent)))
            .ToArray();

        return new NetworkView(
            events.Length,
            byActor.Length,
            edges.Count,
            Kinds.Select(k => new TieKind(k.Id, k.Label, edges.Count(e => e.Tie == k.Tie))).Where(k => k.Count > 0).ToArray(),
            periods.Select(p => TimePeriods.Label(p.From, p.To)).ToArray(),
            rows,
            byActor.Length > rows.Length ? page.Index(Actor.Definition) with { Text = $"All {byActor.Length} actors with ties" } : null,
            eventTies,
            events.Length > listed.Length ? page.Index(Event.Definition) with { Text = $"All {events.Length} events" } : null);
    }

    /// <summary>The first items whose sizes add up to at most the budget, and always the first.</summary>
    private static IEnumerable<T> WithinBudget<T>(IEnumerable<T> items, Func<T, int> size, int budget)
    {
        var used = 0;
        foreach (var item in items)
        {
            used += size(item);
            if (used > budget && used != size(item)) yield break;
            yield return item;
        }
    }

    private static ActorRow Row(Actor actor, Edge[] ties, Func<Event, double> x, IReadOnlyList<PeriodBand> bands, PageContext page)
    {
        // Marks that would touch go up a lane, as on the timeline.
        var laneEnds = new List<double>();
        var placed = new List<(Edge Edge, double X, int Lane)>();
        foreach (var tie in ties.OrderBy(t => x(t.Event)).ThenBy(t => t.Event.Id, StringComparer.Ordinal))
        {
            var at = x(tie.Event);
            var lane = laneEnds.FindIndex(end => end <= at - 2 * Size - 1);
            if (lane < 0) { lane = laneEnds.Count; laneEnds.Add(at); }
            else laneEnds[lane] = at;
            placed.Add((tie, at, lane));
        }
        var lanes = Math.Max(1, laneEnds.Count);
        var height = 4 + lanes * Lane;
        var marks = placed.Select(p => new TieMark(page.Link(p.Edge.Event), Id(p.Edge.Tie),
                $"{p.Edge.Event.When}: {p.Edge.Event.Title} — {Part(p.Edge)}",
                Round(p.X), Round(height - 2 - Lane / 2 - p.Lane * Lane), Size))
            .ToArray();
        var count = ties.Length;
        return new ActorRow(page.Link(actor), Plain.Counted(count, "event"), Width, height, bands, marks);
    }

    /// <summary>Where an event stands on the shared time line: its period's place, then its date within the period.</summary>
    private static Func<Event, double> Scale(IReadOnlyList<TimePeriod> periods)
    {
        var total = periods.Sum(p => Share(p));
        var usable = Width - 2 * Size - Gap * Math.Max(0, periods.Count - 1);
        var start = new Dictionary<TimePeriod, (double X, double Width)>();
        var at = Size;
        foreach (var period in periods)
        {
            var width = usable * Share(period) / total;
            start[period] = (at, width);
            at += width + Gap;
        }
        var periodOf = periods.SelectMany(p => p.Events.Select(e => (e, p))).ToDictionary(x => x.e, x => x.p);
        return @event =>
        {
            var period = periodOf[@event];
            var (x, width) = start[period];
            var (from, to) = TimePeriods.Extent(@event);
            var middle = (from.DayNumber + to.DayNumber + 1) / 2.0 - period.From.DayNumber;
            return x + width * middle / period.Days;
        };
    }

    private static List<PeriodBand> Bands(IReadOnlyList<TimePeriod> periods)
    {
        var total = periods.Sum(p => Share(p));
        var usable = Width - 2 * Size - Gap * Math.Max(0, periods.Count - 1);
        var bands = new List<PeriodBand>();
        var at = Size;
        for (var i = 0; i < periods.Count; i++)
        {
            var width = usable * Share(periods[i]) / total;
            bands.Add(new PeriodBand(Round(at - Gap / 2), Round(width + Gap), TimePeriods.Label(periods[i].From, periods[i].To), i % 2 == 1));
            at += width + Gap;
        }
        return bands;
    }

    // A period's room on the line: its events, but at least a little for a lone event.
    private static double Share(TimePeriod period) => Math.Max(2, period.Events.Count);

    private static string Id(Tie tie) => Kinds.First(k => k.Tie == tie).Id;

    private static string Part(Edge edge) => edge.Tie == Tie.TookPart && edge.Role is { Length: > 0 } role
        ? $"took part: {role}"
        : Kinds.First(k => k.Tie == edge.Tie).Label;

    private static double Round(double value) => Coordinates.Round(value);
}
