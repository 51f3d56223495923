using System.Text;
using Dossier.Model;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Svg;

/// <summary>
/// The chain of events drawn at build time: one row per event in date order, and on the left an arc
/// from each event to each one that followed it, so action and response can be traced by eye.
/// </summary>
public static class TimelineSvg
{
    private const double Row = 30;
    private const double Axis = 170;
    private const double Width = 960;

    public static string Render(IReadOnlyList<Event> events, PageContext page)
    {
        var ordered = events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var row = ordered.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var height = 20 + ordered.Length * Row;
        var builder = new StringBuilder();
        SvgWriter.Open(builder, "timeline-chart", Width, height, "Timeline of events",
            "Events in date order; arcs on the left join each event to the events that followed it.");
        builder.Append("<defs><marker id=\"timeline-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" class=\"arrow\"/></marker></defs>\n");
        builder.Append("<line class=\"axis\" x1=\"").Append(Axis).Append("\" y1=\"10\" x2=\"").Append(Axis).Append("\" y2=\"")
            .Append(SvgWriter.N(height - 10)).Append("\"/>\n");
        foreach (var @event in ordered)
        {
            var to = row[@event.Id];
            foreach (var follows in @event.Follows)
            {
                if (!row.TryGetValue(follows.Id, out var from)) continue;
                var (y1, y2) = (Y(from), Y(to));
                var bend = Axis - 8 - Math.Min(Axis - 20, 10 + Math.Abs(to - from) * 7);
                builder.Append("<path class=\"follows\" d=\"M").Append(Axis - 6).Append(' ').Append(SvgWriter.N(y1))
                    .Append(" C").Append(SvgWriter.N(bend)).Append(' ').Append(SvgWriter.N(y1)).Append(' ')
                    .Append(SvgWriter.N(bend)).Append(' ').Append(SvgWriter.N(y2)).Append(' ')
                    .Append(Axis - 6).Append(' ').Append(SvgWriter.N(y2)).Append("\" marker-end=\"url(#timeline-arrow)\"/>\n");
            }
        }
        foreach (var @event in ordered)
        {
            var y = Y(row[@event.Id]);
            var link = page.Event(@event.Id);
            builder.Append("<a href=\"").Append(link.Href).Append("\">")
                .Append("<circle class=\"node\" cx=\"").Append(Axis).Append("\" cy=\"").Append(SvgWriter.N(y)).Append("\" r=\"5\"/>")
                .Append("<text x=\"").Append(Axis + 14).Append("\" y=\"").Append(SvgWriter.N(y + 4)).Append("\">")
                .Append("<tspan class=\"date\">").Text(@event.Date.Iso).Append("</tspan> ")
                .Text(SvgWriter.Clip(@event.Title, 95)).Append("</text></a>\n");
        }
        return builder.Append("</svg>").ToString();
    }

    private static double Y(int row) => 20 + row * Row;
}
