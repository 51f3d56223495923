namespace Dossier.Rendering.Views;

/// <summary>The network page: actors and events as a graph.</summary>
/// <param name="Chart">The graph, laid out for partials/charts/network.</param>
/// <param name="Events">How many events it shows.</param>
/// <param name="Actors">How many actors it shows.</param>
/// <param name="Ties">How many ties join them.</param>
public sealed record NetworkView(NetworkChart Chart, int Events, int Actors, int Ties);
