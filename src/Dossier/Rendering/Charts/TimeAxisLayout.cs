using System.Globalization;
using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;
using Dossier.Text;

namespace Dossier.Rendering.Charts;

/// <summary>
/// Lays events out on a true time axis (<see cref="TimeAxisChart"/>): periods from <see cref="TimePeriods"/>, and in
/// each a mark where each date falls. Marks that would touch are stacked in rows, each in the lowest row with room,
/// so positions stay proportional to dates at every width. An event known only to its month or year, or lasting
/// several days, gets a bar over that stretch with its mark on it. Each period is laid out narrow (for phones) and
/// wide; the narrow picture is drawn at the size it is shown, so its text is never scaled down.
/// </summary>
public static class TimeAxisLayout
{
    private sealed record Size(double Width, double Margin, double Radius, double Spacing, double Row, double TickGap);

    private static readonly Size Narrow = new(340, 12, 8.5, 19, 20, 46);
    private static readonly Size Wide = new(760, 16, 9.5, 22, 23, 56);
    private static readonly Size NarrowDots = new(340, 10, 4.5, 11, 11, 46);
    private static readonly Size WideDots = new(760, 14, 5, 12, 12, 56);

    /// <summary>Above this many events an overview counts them in bars instead of marking each one.</summary>
    public const int MostMarks = 150;

    /// <summary>The timeline: numbered marks that the list of events repeats, and curves from each event to those that followed it.</summary>
    /// <param name="events">The events, in the order the list gives them (their numbers follow it).</param>
    /// <param name="page">The page the chart is drawn on.</param>
    public static TimeAxisChart Numbered(IReadOnlyList<Event> events, PageContext page) => Lay(events, page, numbered: true, periodLink: null);

    /// <summary>An overview for the home page, the book and the events index: unnumbered marks, or bars counting events in a large dossier.</summary>
    /// <param name="events">The events, in date order.</param>
    /// <param name="page">The page the chart is drawn on.</param>
    /// <param name="periodLink">Where each period's events are listed, given its first event.</param>
    public static TimeAxisChart Overview(IReadOnlyList<Event> events, PageContext page, Func<Event, Link?>? periodLink = null) =>
        Lay(events, page, numbered: false, periodLink);

    private static TimeAxisChart Lay(IReadOnlyList<Event> events, PageContext page, bool numbered, Func<Event, Link?>? periodLink)
    {
        var numbers = new Dictionary<Event, int>();
        for (var i = 0; i < events.Count; i++) numbers[events[i]] = i + 1;
        var bins = !numbered && events.Count > MostMarks;
        var periods = TimePeriods.Split(events);
        var charts = new List<PeriodChart>();
        for (var p = 0; p < periods.Count; p++)
        {
            var period = periods[p];
            var gap = p == 0 ? null : TimePeriods.Break(periods[p - 1].To, period.From);
            var (narrow, wide) = numbered ? (Narrow, Wide) : (NarrowDots, WideDots);
            charts.Add(new PeriodChart($"period-{p + 1}", TimePeriods.Label(period.From, period.To), gap, period.Events.Count,
                periodLink?.Invoke(period.Events[0]),
                Draw(period, narrow, page, numbers, numbered, bins),
                Draw(period, wide, page, numbers, numbered, bins)));
        }
        var spans = events.Any(e => Extent(e).From != Extent(e).To);
        var arcs = numbered && charts.Any(c => c.Wide.Arcs.Count > 0);
        return new TimeAxisChart(charts, numbered, spans && !bins, arcs, bins);
    }

    private static (DateOnly From, DateOnly To) Extent(Event @event) => TimePeriods.Extent(@event);

    private static AxisDrawing Draw(TimePeriod period, Size size, PageContext page, Dictionary<Event, int> numbers, bool numbered, bool bins)
    {
        var left = size.Margin;
        var right = size.Width - size.Margin;
        var perDay = (right - left) / period.Days;
        double X(DateOnly day) => left + (day.DayNumber - period.From.DayNumber) * perDay;

        var ticks = Ticks(period, size, X, perDay);
        if (bins) return Binned(period, size, X, perDay, ticks);

        // One item per day with marks, and one per stretch (month, year, several days) shared by the events that cover it.
        var items = new List<Item>();
        foreach (var group in period.Events.GroupBy(Extent))
        {
            var (from, to) = group.Key;
            var x1 = X(from);
            var x2 = X(to) + perDay;
            if (from == to)
            {
                var centre = (x1 + x2) / 2;
                foreach (var @event in group) items.Add(new Item(centre - size.Spacing / 2, centre + size.Spacing / 2, [(@event, centre)], null));
                continue;
            }
            var members = group.ToArray();
            // Marks on a bar are spread along it: their place on it says nothing more precise than the bar does.
            var step = Math.Min(size.Spacing * 1.5, (x2 - x1) / members.Length);
            step = Math.Max(step, size.Spacing);
            var start = x1 + Math.Max(size.Radius, ((x2 - x1) - step * (members.Length - 1)) / 2);
            var onBar = members.Select((e, i) => (e, start + i * step)).ToArray();
            var end = Math.Max(x2, onBar[^1].Item2 + size.Spacing / 2);
            items.Add(new Item(x1, end, onBar, (x1, x2, SpanTitle(from, to, members.Length))));
        }

        // Each item in the lowest row whose last item ends before it starts.
        var rowEnds = new List<double>();
        var placed = new List<(Item Item, int Row)>();
        foreach (var item in items.OrderBy(i => i.Left).ThenBy(i => i.Right))
        {
            var row = rowEnds.FindIndex(end => end <= item.Left + 0.01);
            if (row < 0) { row = rowEnds.Count; rowEnds.Add(item.Right); }
            else rowEnds[row] = item.Right;
            placed.Add((item, row));
        }

        var rows = Math.Max(1, rowEnds.Count);
        var axisY = 6 + rows * size.Row + 4;
        double RowY(int row) => axisY - 4 - size.Row / 2 - row * size.Row;
        var tickY = axisY + 5;
        var labelY = axisY + 18;

        var spans = placed.Where(p => p.Item.Span is not null)
            .Select(p => new AxisSpan(Round(p.Item.Span!.Value.X1), Round(p.Item.Span!.Value.X2 - p.Item.Span!.Value.X1),
                Round(RowY(p.Row) - size.Radius), Round(2 * size.Radius), p.Item.Span!.Value.Title))
            .OrderBy(s => s.X1).ThenBy(s => s.Top).ToArray();
        var marks = placed.SelectMany(p => p.Item.Marks.Select(m => (m.Event, X: m.X, Y: RowY(p.Row))))
            .OrderBy(m => numbers[m.Event])
            .Select(m => new AxisMark(page.Link(m.Event), $"{m.Event.When}: {m.Event.Title}", numbered ? numbers[m.Event] : 0, Round(m.X), Round(m.Y),
                Round(m.Y + size.Radius * 0.4)))
            .ToArray();

        var arcs = new List<AxisArc>();
        var height = labelY + 8;
        if (numbered)
        {
            var at = marks.ToDictionary(m => m.Link.Href, m => m.X);
            var arcY = labelY + 6;
            foreach (var @event in period.Events)
            {
                foreach (var earlier in @event.Follows.Select(f => f.Target))
                {
                    if (!at.TryGetValue(page.Link(earlier).Href, out var fromX)) continue;
                    var toX = at[page.Link(@event).Href];
                    var depth = Math.Min(36, 6 + Math.Abs(toX - fromX) * 0.12);
                    arcs.Add(new AxisArc(Round(fromX), Round(toX), Round(arcY), Round((fromX + toX) / 2), Round(arcY + depth * 2)));
                    height = Math.Max(height, arcY + depth + 6);
                }
            }
        }
        return new AxisDrawing(size.Width, Round(height), left, right, Round(axisY), Round(tickY), Round(labelY), size.Radius, ticks, spans, marks, arcs, []);
    }

    private sealed record Item(double Left, double Right, (Event Event, double X)[] Marks, (double X1, double X2, string Title)? Span);

    private static string SpanTitle(DateOnly from, DateOnly to, int count)
    {
        var what = TimePeriods.Label(from, to);
        var precise = from.Day == 1 && (to.AddDays(1).Day == 1);
        return precise && count > 0
            ? $"{what}: {Plain.Counted(count, "event")} whose day is not given"
            : $"{what}: {Plain.Counted(count, "event")} lasting several days";
    }

    /// <summary>In a large dossier, bars counting the events in each stretch of a few days, weeks or months.</summary>
    private static AxisDrawing Binned(TimePeriod period, Size size, Func<DateOnly, double> x, double perDay, IReadOnlyList<AxisTick> ticks)
    {
        const double barsHeight = 28;
        var daysPerBin = Math.Max(1, (int)Math.Ceiling(6 / perDay));
        var counts = new SortedDictionary<int, int>();
        foreach (var @event in period.Events)
        {
            var bin = (Extent(@event).From.DayNumber - period.From.DayNumber) / daysPerBin;
            counts[bin] = counts.GetValueOrDefault(bin) + 1;
        }
        var most = counts.Values.DefaultIfEmpty(1).Max();
        var axisY = 6 + barsHeight;
        var bins = counts.Select(c =>
        {
            var from = period.From.AddDays(c.Key * daysPerBin);
            var to = from.AddDays(daysPerBin - 1) is var end && end > period.To ? period.To : from.AddDays(daysPerBin - 1);
            var height = Math.Max(2, barsHeight * c.Value / most);
            return new AxisBin(Round(x(from)), Round(Math.Max(1, (to.DayNumber - from.DayNumber + 1) * perDay - 1)), Round(axisY - height), Round(height), c.Value,
                $"{TimePeriods.Label(from, to)}: {Plain.Counted(c.Value, "event")}");
        }).ToArray();
        return new AxisDrawing(size.Width, axisY + 26, size.Margin, size.Width - size.Margin, axisY, axisY + 5, axisY + 18, size.Radius, ticks, [], [], [], bins);
    }

    /// <summary>Days, months or years, labelled as often as the labels have room for; no label runs off the picture.</summary>
    private static AxisTick[] Ticks(TimePeriod period, Size size, Func<DateOnly, double> x, double perDay) =>
        AllTicks(period, size, x, perDay).Select(t => t.Label is null ? t : t with { LabelX = Round(Inside(t.LabelX, t.Label, size)) }).ToArray();

    // Tick labels are about 5.6 units a character wide at the stylesheet's size.
    private static double Inside(double x, string label, Size size)
    {
        var half = label.Length * 2.8 + 1;
        return Math.Clamp(x, half + 1, size.Width - half - 1);
    }

    // How many days, months or years a labelled tick can stand for, finest first.
    private static readonly int[] DaySteps = [1, 2, 7, 14, 31];
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12];
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100];

    private static IReadOnlyList<AxisTick> AllTicks(TimePeriod period, Size size, Func<DateOnly, double> x, double perDay)
    {
        var ticks = new List<AxisTick>();
        var culture = CultureInfo.InvariantCulture.DateTimeFormat;
        if (period.Days <= 93)
        {
            var every = DaySteps.First(n => n * perDay >= size.TickGap || n == 31);
            for (var day = period.From; day <= period.To; day = day.AddDays(1))
            {
                var index = day.DayNumber - period.From.DayNumber;
                var labelled = index % every == 0;
                ticks.Add(new AxisTick(Round(x(day)), Round(x(day) + perDay / 2),
                    labelled ? $"{day.Day} {culture.GetAbbreviatedMonthName(day.Month)}" : null));
            }
            // A tick for every day is too many where days are narrow: keep the labelled ones.
            return perDay < 4 ? ticks.Where(t => t.Label is not null).ToArray() : ticks;
        }
        if (period.Days <= 1100)
        {
            var perMonth = perDay * 30.4;
            var every = MonthSteps.First(n => n * perMonth >= size.TickGap || n == 12);
            var month = new DateOnly(period.From.Year, period.From.Month, 1);
            for (var i = 0; month <= period.To; i++, month = month.AddMonths(1))
            {
                var start = month < period.From ? period.From : month;
                var next = month.AddMonths(1);
                var end = next > period.To ? period.To.AddDays(1) : next;
                var label = i % every == 0 ? culture.GetAbbreviatedMonthName(month.Month) + (month.Month == 1 || i == 0 ? $" {month.Year}" : "") : null;
                ticks.Add(new AxisTick(Round(x(start)), Round((x(start) + x(end)) / 2), label));
            }
            return ticks;
        }
        var perYear = perDay * 365.25;
        var years = YearSteps.First(n => n * perYear >= size.TickGap || n == 100);
        for (var year = period.From.Year; year <= period.To.Year; year++)
        {
            var start = new DateOnly(year, 1, 1) < period.From ? period.From : new DateOnly(year, 1, 1);
            var end = year == period.To.Year ? period.To.AddDays(1) : new DateOnly(year + 1, 1, 1);
            ticks.Add(new AxisTick(Round(x(start)), Round((x(start) + x(end)) / 2),
                (year - period.From.Year) % years == 0 ? year.ToString(CultureInfo.InvariantCulture) : null));
        }
        return ticks;
    }

    private static double Round(double value) => Coordinates.Round(value);
}
