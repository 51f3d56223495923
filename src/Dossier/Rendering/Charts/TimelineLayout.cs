using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Charts;

/// <summary>
/// Lays out the chain of events: one row per event in date order, and on the left an arc from each event to each
/// one that followed it, bending further out the more rows it spans, so action and response can be traced by eye.
/// </summary>
public static class TimelineLayout
{
    private const double Row = 30;
    private const double Axis = 170;
    private const double Width = 960;

    /// <param name="events">The events in date order.</param>
    /// <param name="page">The page the chart is drawn on.</param>
    public static TimelineChart Lay(IReadOnlyList<Event> events, PageContext page)
    {
        var ordered = events;
        var row = ordered.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var height = 20 + ordered.Count * Row;
        var arcs = new List<TimelineArc>();
        foreach (var @event in ordered)
        {
            var to = row[@event];
            foreach (var follows in @event.Follows)
            {
                if (!row.TryGetValue(follows.Target, out var from)) continue;
                var bend = Axis - 8 - Math.Min(Axis - 20, 10 + Math.Abs(to - from) * 7);
                arcs.Add(new TimelineArc(Y(from), Y(to), Coordinates.Round(bend)));
            }
        }
        var marks = ordered.Select(e => new TimelineMark(page.Link(e), e.Date.Iso, Coordinates.Clip(e.Title, 95), Y(row[e]), Y(row[e]) + 4)).ToArray();
        return new TimelineChart(Width, height, Axis, 10, height - 10, Axis - 6, Axis + 14, marks, arcs);
    }

    private static double Y(int row) => 20 + row * Row;
}
