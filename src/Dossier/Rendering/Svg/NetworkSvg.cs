using System.Text;
using Dossier.Model;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Svg;

/// <summary>
/// Actors and events as a graph, laid out at build time in two columns: events in date order on the left,
/// actors on the right ordered by the mean position of their events (so lines cross as little as a simple
/// rule allows). Each node is a link. Large dossiers show their most connected nodes only.
/// </summary>
public static class NetworkSvg
{
    public enum Tie { Named, Spoke, Claimed, TookPart }

    public sealed record Edge(string Event, string Actor, Tie Tie);

    private const double Width = 1000;
    private const double Row = 24;
    private const double EventX = 410;
    private const double ActorX = 660;

    /// <summary>Who took part in, spoke about, claimed about, or was named in what; the strongest tie per pair.</summary>
    public static IReadOnlyList<Edge> Edges(Content content)
    {
        var ties = new Dictionary<(string Event, string Actor), Tie>();
        void Add(string? @event, string? actor, Tie tie)
        {
            if (@event is null || actor is null || !content.EventsById.ContainsKey(@event) || !content.ActorsById.ContainsKey(actor)) return;
            if (!ties.TryGetValue((@event, actor), out var existing) || existing < tie) ties[(@event, actor)] = tie;
        }
        foreach (var e in content.Events)
            foreach (var p in e.Participants) Add(e.Id, p.Actor.Id, Tie.TookPart);
        foreach (var q in content.Quotes)
        {
            Add(q.Event?.Id, q.Speaker.Id, Tie.Spoke);
            foreach (var about in q.About) Add(q.Event?.Id, about.Id, Tie.Named);
        }
        foreach (var c in content.Claims)
            foreach (var a in c.Answers) Add(c.Event?.Id, a.Claimant?.Id, Tie.Claimed);
        return ties.Select(t => new Edge(t.Key.Event, t.Key.Actor, t.Value))
            .OrderBy(e => e.Event, StringComparer.Ordinal).ThenBy(e => e.Actor, StringComparer.Ordinal).ToArray();
    }

    public static string Render(Content content, PageContext page, int maxEvents = 80, int maxActors = 100)
    {
        var edges = Edges(content);
        var events = MostConnected(edges.GroupBy(e => e.Event), maxEvents)
            .Select(id => content.EventsById[id]).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var eventRow = events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        edges = edges.Where(e => eventRow.ContainsKey(e.Event)).ToArray();
        var keptActors = MostConnected(edges.GroupBy(e => e.Actor), maxActors).ToHashSet(StringComparer.Ordinal);
        edges = edges.Where(e => keptActors.Contains(e.Actor)).ToArray();
        var actors = edges.GroupBy(e => e.Actor)
            .Select(g => (Actor: content.ActorsById[g.Key], Center: g.Average(e => eventRow[e.Event])))
            .OrderBy(a => a.Center).ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
            .Select(a => a.Actor).ToArray();
        var actorRow = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var rows = Math.Max(events.Length, actors.Length);
        var height = 40 + Math.Max(1, rows - 1) * Row;
        double Y(int index, int count) => 20 + (count <= 1 ? 0 : index * (height - 40) / (count - 1));

        var builder = new StringBuilder();
        SvgWriter.Open(builder, "network-chart", Width, height, "Network of actors and events",
            $"{events.Length} events on the left in date order and {actors.Length} actors on the right, joined where an actor took part in, spoke at, made a claim about, or was named in a quote about an event.");
        foreach (var edge in edges)
        {
            var (y1, y2) = (Y(eventRow[edge.Event], events.Length), Y(actorRow[edge.Actor], actors.Length));
            var middle = (EventX + ActorX) / 2;
            builder.Append("<path class=\"edge ").Append(edge.Tie.ToString().ToLowerInvariant()).Append("\" d=\"M").Append(EventX + 6).Append(' ').Append(SvgWriter.N(y1))
                .Append(" C").Append(middle).Append(' ').Append(SvgWriter.N(y1)).Append(' ').Append(middle).Append(' ').Append(SvgWriter.N(y2))
                .Append(' ').Append(ActorX - 6).Append(' ').Append(SvgWriter.N(y2)).Append("\"/>\n");
        }
        for (var i = 0; i < events.Length; i++)
        {
            var y = Y(i, events.Length);
            builder.Append("<a href=\"").Append(page.Event(events[i].Id).Href).Append("\"><title>").Text($"{events[i].Date.Display}: {events[i].Title}").Append("</title>")
                .Append("<circle class=\"node event\" cx=\"").Append(EventX).Append("\" cy=\"").Append(SvgWriter.N(y)).Append("\" r=\"5\"/>")
                .Append("<text text-anchor=\"end\" x=\"").Append(EventX - 12).Append("\" y=\"").Append(SvgWriter.N(y + 4)).Append("\">")
                .Text(SvgWriter.Clip(events[i].Title, 52)).Append("</text></a>\n");
        }
        for (var i = 0; i < actors.Length; i++)
        {
            var y = Y(i, actors.Length);
            builder.Append("<a href=\"").Append(page.Actor(actors[i].Id).Href).Append("\"><title>").Text(actors[i].Name).Append("</title>")
                .Append("<rect class=\"node actor\" x=\"").Append(ActorX - 5).Append("\" y=\"").Append(SvgWriter.N(y - 5)).Append("\" width=\"10\" height=\"10\"/>")
                .Append("<text x=\"").Append(ActorX + 12).Append("\" y=\"").Append(SvgWriter.N(y + 4)).Append("\">")
                .Text(SvgWriter.Clip(actors[i].Name, 44)).Append("</text></a>\n");
        }
        return builder.Append("</svg>").ToString();
    }

    private static IEnumerable<string> MostConnected(IEnumerable<IGrouping<string, Edge>> groups, int max) =>
        groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(max).Select(g => g.Key);
}
