using System.Globalization;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Rendering.Charts;

/// <summary>
/// A dossier's events fall into periods: years of background, then weeks of crisis. Each period gets its own scale,
/// so that dates are proportional within it, and the long empty stretches between periods are shown as breaks.
/// </summary>
public static class TimePeriods
{
    /// <summary>More than this many days without an event starts a new period.</summary>
    public const int Gap = 30;

    /// <summary>The days an event covers: one, or its month or year where only that is known, or up to its end.</summary>
    public static (DateOnly From, DateOnly To) Extent(Event @event) => (@event.Date.Start, (@event.End ?? @event.Date).End);

    /// <summary>The periods of events given in date order: a new one starts after a gap of more than <see cref="Gap"/> days.</summary>
    public static IReadOnlyList<TimePeriod> Split(IReadOnlyList<Event> events)
    {
        var periods = new List<TimePeriod>();
        var current = new List<Event>();
        DateOnly from = default, to = default;
        foreach (var @event in events.OrderBy(e => Extent(e).From).ThenBy(e => Extent(e).To))
        {
            var extent = Extent(@event);
            if (current.Count > 0 && extent.From.DayNumber - to.DayNumber > Gap)
            {
                periods.Add(new TimePeriod(from, to, Ordered(current, events)));
                current = [];
            }
            if (current.Count == 0) from = extent.From;
            if (current.Count == 0 || extent.To > to) to = extent.To;
            current.Add(@event);
        }
        if (current.Count > 0) periods.Add(new TimePeriod(from, to, Ordered(current, events)));
        return periods;
    }

    // Within a period the events keep the order they were given in (the kind's reading order).
    private static Event[] Ordered(List<Event> members, IReadOnlyList<Event> all)
    {
        var set = members.ToHashSet();
        return all.Where(set.Contains).ToArray();
    }

    /// <summary>A period as readers see it: "March 2003", "2014", "December 2019 – January 2020", "20 April 2020".</summary>
    public static string Label(DateOnly from, DateOnly to)
    {
        if (from.Day == 1 && from.Month == 1 && to.Day == 31 && to.Month == 12)
            return from.Year == to.Year ? Year(from) : $"{Year(from)} – {Year(to)}";
        if (from.Day == 1 && to.Day == DateTime.DaysInMonth(to.Year, to.Month))
        {
            if (from.Year == to.Year && from.Month == to.Month) return Month(from);
            return from.Year == to.Year ? $"{MonthName(from)} – {Month(to)}" : $"{Month(from)} – {Month(to)}";
        }
        if (from == to) return Day(from);
        return $"{Day(from)} – {Day(to)}";
    }

    /// <summary>How long the break between two periods lasts, in the largest unit that fits: "10 years later", "3 weeks later".</summary>
    public static string Break(DateOnly previousEnd, DateOnly nextStart)
    {
        var days = nextStart.DayNumber - previousEnd.DayNumber;
        var (count, unit) = days >= 730 ? (days / 365, "year") : days >= 60 ? (days / 30, "month") : days >= 14 ? (days / 7, "week") : (days, "day");
        return $"{Plain.Counted(count, unit)} later";
    }

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(DateOnly date) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);

    private static string Month(DateOnly date) => $"{MonthName(date)} {Year(date)}";

    private static string Day(DateOnly date) => $"{date.Day} {Month(date)}";
}

/// <summary>Events close together in time, from the first day one of them covers to the last.</summary>
public sealed record TimePeriod(DateOnly From, DateOnly To, IReadOnlyList<Event> Events)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}
