namespace Dossier.Rendering.Views;

/// <summary>
/// Actors and events as a graph in two columns: events at EventX in date order, actors at ActorX ordered so that
/// ties cross as little as a simple rule allows, and a curve for each tie.
/// </summary>
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

/// <summary>A node centred on Y (TopY is the top of a 10-unit square): Title in full (the tooltip), Label shortened to fit beside it.</summary>
public sealed record NetworkNode(Link Link, string Title, string Label, double Y, double LabelY, double TopY);

/// <summary>Kind is "tookpart", "spoke", "claimed" or "named" (the strongest tie between the two).</summary>
public sealed record NetworkTie(string Kind, double FromY, double ToY);
