using System.Globalization;
using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Charts;

/// <summary>Lays out the home page's strip: a dot per event in date order, months marked where there is room.</summary>
public static class StripLayout
{
    private const double Width = 900;
    private const double Height = 64;
    private const double Line = 24;

    /// <param name="events">The events in date order.</param>
    /// <param name="page">The page the chart is drawn on.</param>
    public static StripChart Lay(IReadOnlyList<Event> events, PageContext page)
    {
        var ordered = events;
        var step = ordered.Count > 1 ? Math.Min(60, (Width - 40) / (ordered.Count - 1)) : 0;
        var dots = new List<StripDot>();
        (int Year, int? Month)? lastMonth = null;
        var lastLabel = double.NegativeInfinity;
        for (var i = 0; i < ordered.Count; i++)
        {
            var @event = ordered[i];
            var x = 20 + i * step;
            var month = (@event.Date.Year, @event.Date.Month);
            // A month label needs room; where months crowd together, the first of them speaks for the rest.
            string? label = null;
            if (month != lastMonth && x - lastLabel >= 64)
            {
                label = @event.Date.Month is { } m
                    ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m) + " " + @event.Date.Year
                    : @event.Date.Year.ToString(CultureInfo.InvariantCulture);
                lastLabel = x;
            }
            lastMonth = month;
            dots.Add(new StripDot(page.Link(@event), Coordinates.Round(x), $"{@event.Date.Display}: {@event.Title}", label));
        }
        return new StripChart(Width, Height, Line, 20, Coordinates.Round(20 + step * Math.Max(0, ordered.Count - 1)), 52,
            ordered.Count, ordered.FirstOrDefault()?.Date.Display, ordered.LastOrDefault()?.Date.Display, dots);
    }
}
