namespace Dossier.Rendering.Views;

/// <summary>
/// Actors and events as a graph in two columns: events on the left in date order, actors on the right ordered so
/// that ties cross as little as a simple rule allows, and a curve for each tie.
/// </summary>
/// <param name="Width">The picture's width.</param>
/// <param name="Height">The picture's height.</param>
/// <param name="EventX">Where the event dots stand.</param>
/// <param name="ActorX">Where the actor squares are centred.</param>
/// <param name="EventLabelX">Where the events' labels end (they are right-aligned).</param>
/// <param name="ActorLabelX">Where the actors' labels start.</param>
/// <param name="ActorBoxX">The left edge of the actor squares.</param>
/// <param name="TieStartX">Where ties leave the events' column.</param>
/// <param name="TieMiddleX">Where ties bend.</param>
/// <param name="TieEndX">Where ties reach the actors' column.</param>
/// <param name="Events">The events, top to bottom.</param>
/// <param name="Actors">The actors, top to bottom.</param>
/// <param name="Ties">One tie per event and actor joined.</param>
public sealed record NetworkChart(
    double Width,
    double Height,
    double EventX,
    double ActorX,
    double EventLabelX,
    double ActorLabelX,
    double ActorBoxX,
    double TieStartX,
    double TieMiddleX,
    double TieEndX,
    IReadOnlyList<NetworkNode> Events,
    IReadOnlyList<NetworkNode> Actors,
    IReadOnlyList<NetworkTie> Ties);

/// <summary>A node of the network.</summary>
/// <param name="Link">The event's or actor's page.</param>
/// <param name="Title">The full title or name (with the date, for an event), for the tooltip.</param>
/// <param name="Label">The title or name shortened to fit.</param>
/// <param name="Y">Where the node is centred.</param>
/// <param name="LabelY">The baseline of its label.</param>
/// <param name="TopY">The top of a 10-unit square centred on the node.</param>
public sealed record NetworkNode(Link Link, string Title, string Label, double Y, double LabelY, double TopY);

/// <summary>A tie between an event and an actor.</summary>
/// <param name="Kind">The strongest tie between the two: "tookpart", "spoke", "claimed" or "named".</param>
/// <param name="FromY">The event's row.</param>
/// <param name="ToY">The actor's row.</param>
public sealed record NetworkTie(string Kind, double FromY, double ToY);
