using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Charts;

/// <summary>
/// Lays out actors and events as a graph in two columns: events in date order on the left, actors on the right
/// ordered by the mean position of their events (so lines cross as little as a simple rule allows). Large dossiers
/// show their most connected nodes only.
/// </summary>
public static class NetworkLayout
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

    public static NetworkChart Lay(Content content, PageContext page, int maxEvents = 80, int maxActors = 100)
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

        return new NetworkChart(Width, height, EventX, ActorX, EventX - 12, ActorX + 12, ActorX - 5, EventX + 6, (EventX + ActorX) / 2, ActorX - 6,
            events.Select((e, i) => Node(page.Event(e.Id), $"{e.Date.Display}: {e.Title}", Coordinates.Clip(e.Title, 52), Y(i, events.Length))).ToArray(),
            actors.Select((a, i) => Node(page.Actor(a.Id), a.Name, Coordinates.Clip(a.Name, 44), Y(i, actors.Length))).ToArray(),
            edges.Select(e => new NetworkTie(e.Tie.ToString().ToLowerInvariant(),
                Coordinates.Round(Y(eventRow[e.Event], events.Length)), Coordinates.Round(Y(actorRow[e.Actor], actors.Length)))).ToArray());
    }

    private static NetworkNode Node(Link link, string title, string label, double y) =>
        new(link, title, label, Coordinates.Round(y), Coordinates.Round(y + 4), Coordinates.Round(y - 5));

    private static IEnumerable<string> MostConnected(IEnumerable<IGrouping<string, Edge>> groups, int max) =>
        groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(max).Select(g => g.Key);
}
