using Dossier.Rendering.Svg;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class NetworkPage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var edges = NetworkSvg.Edges(dossier.Content);
        var view = new NetworkView(
            NetworkSvg.Render(dossier.Content, page),
            edges.Select(e => e.Event).Distinct().Count(),
            edges.Select(e => e.Actor).Distinct().Count(),
            edges.Count);
        return new Page("network.html", "network", "Network", [page.Home()], view,
            Description: "Actors and events as a graph: who took part in, spoke at, or was named in what.");
    }
}
