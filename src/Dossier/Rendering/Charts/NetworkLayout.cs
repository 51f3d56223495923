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

    public sealed record Edge(Event Event, Actor Actor, Tie Tie);

    private const double Width = 1000;
    private const double Row = 24;
    private const double EventX = 410;
    private const double ActorX = 660;

    /// <summary>Who took part in, spoke about, claimed about, or was named in what; the strongest tie per pair.</summary>
    public static IReadOnlyList<Edge> Edges(Content content)
    {
        var ties = new Dictionary<(Event Event, Actor Actor), Tie>();
        void Add(Event? @event, Actor? actor, Tie tie)
        {
            if (@event is null || actor is null) return;
            if (!ties.TryGetValue((@event, actor), out var existing) || existing < tie) ties[(@event, actor)] = tie;
        }
        foreach (var e in content.All<Event>())
            foreach (var p in e.Participants) Add(e, p.Actor.Target, Tie.TookPart);
        foreach (var q in content.All<Quote>())
        {
            Add(q.Event?.Target, q.Speaker.Target, Tie.Spoke);
            foreach (var about in q.About) Add(q.Event?.Target, about.Target, Tie.Named);
        }
        foreach (var c in content.All<Claim>())
            foreach (var claimant in c.Answers.SelectMany(a => a.Claimants)) Add(c.Event?.Target, claimant.Actor?.Target, Tie.Claimed);
        return ties.Select(t => new Edge(t.Key.Event, t.Key.Actor, t.Value))
            .OrderBy(e => e.Event.Id, StringComparer.Ordinal).ThenBy(e => e.Actor.Id, StringComparer.Ordinal).ToArray();
    }

    public static NetworkChart Lay(Content content, PageContext page, int maxEvents = 80, int maxActors = 100)
    {
        var edges = Edges(content);
        var events = Event.Definition.InOrder(MostConnected(edges.GroupBy(e => e.Event), maxEvents)).ToArray();
        var eventRow = events.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        edges = edges.Where(e => eventRow.ContainsKey(e.Event)).ToArray();
        var keptActors = MostConnected(edges.GroupBy(e => e.Actor), maxActors).ToHashSet();
        edges = edges.Where(e => keptActors.Contains(e.Actor)).ToArray();
        var actors = edges.GroupBy(e => e.Actor)
            .Select(g => (Actor: g.Key, Center: g.Average(e => eventRow[e.Event])))
            .OrderBy(a => a.Center).ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
            .Select(a => a.Actor).ToArray();
        var actorRow = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);

        var rows = Math.Max(events.Length, actors.Length);
        var height = 40 + Math.Max(1, rows - 1) * Row;
        double Y(int index, int count) => 20 + (count <= 1 ? 0 : index * (height - 40) / (count - 1));

        return new NetworkChart(Width, height, EventX, ActorX, EventX - 12, ActorX + 12, ActorX - 5, EventX + 6, (EventX + ActorX) / 2, ActorX - 6,
            events.Select((e, i) => Node(page.Link(e), $"{e.Date.Display}: {e.Title}", Coordinates.Clip(e.Title, 52), Y(i, events.Length))).ToArray(),
            actors.Select((a, i) => Node(page.Link(a), a.Name, Coordinates.Clip(a.Name, 44), Y(i, actors.Length))).ToArray(),
            edges.Select(e => new NetworkTie(e.Tie.ToString().ToLowerInvariant(),
                Coordinates.Round(Y(eventRow[e.Event], events.Length)), Coordinates.Round(Y(actorRow[e.Actor], actors.Length)))).ToArray());
    }

    private static NetworkNode Node(Link link, string title, string label, double y) =>
        new(link, title, label, Coordinates.Round(y), Coordinates.Round(y + 4), Coordinates.Round(y - 5));

    private static IEnumerable<T> MostConnected<T>(IEnumerable<IGrouping<T, Edge>> groups, int max) where T : Entity =>
        groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal).Take(max).Select(g => g.Key);
}
