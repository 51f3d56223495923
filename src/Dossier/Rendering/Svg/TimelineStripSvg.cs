using System.Globalization;
using System.Text;
using Dossier.Model;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Svg;

/// <summary>The home page's compact strip: a dot per event in date order, months marked, each dot a link.</summary>
public static class TimelineStripSvg
{
    private const double Width = 900;
    private const double Height = 64;

    public static string Render(IReadOnlyList<Event> events, PageContext page)
    {
        var ordered = events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var step = ordered.Length > 1 ? Math.Min(60, (Width - 40) / (ordered.Length - 1)) : 0;
        var builder = new StringBuilder();
        SvgWriter.Open(builder, "timeline-strip", Width, Height, "Events at a glance",
            $"{ordered.Length} events from {ordered.FirstOrDefault()?.Date.Display} to {ordered.LastOrDefault()?.Date.Display}, in date order.");
        builder.Append("<line class=\"axis\" x1=\"20\" y1=\"24\" x2=\"").Append(SvgWriter.N(20 + step * Math.Max(0, ordered.Length - 1))).Append("\" y2=\"24\"/>\n");
        (int Year, int? Month)? lastMonth = null;
        var lastLabel = double.NegativeInfinity;
        for (var i = 0; i < ordered.Length; i++)
        {
            var @event = ordered[i];
            var x = 20 + i * step;
            var month = (@event.Date.Year, @event.Date.Month);
            // A month label needs room; where months crowd together, the first of them speaks for the rest.
            if (month != lastMonth && x - lastLabel >= 64)
            {
                var label = @event.Date.Month is { } m
                    ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m) + " " + @event.Date.Year
                    : @event.Date.Year.ToString(CultureInfo.InvariantCulture);
                builder.Append("<text class=\"month\" x=\"").Append(SvgWriter.N(x)).Append("\" y=\"52\">").Text(label).Append("</text>\n");
                lastLabel = x;
            }
            lastMonth = month;
            var link = page.Event(@event.Id);
            builder.Append("<a href=\"").Append(link.Href).Append("\" aria-label=\"").Text($"{@event.Date.Display}: {@event.Title}").Append("\">")
                .Append("<circle class=\"node\" cx=\"").Append(SvgWriter.N(x)).Append("\" cy=\"24\" r=\"6\"><title>")
                .Text($"{@event.Date.Display}: {@event.Title}").Append("</title></circle></a>\n");
        }
        return builder.Append("</svg>").ToString();
    }
}
