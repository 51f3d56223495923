using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class NetworkPage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var edges = NetworkLayout.Edges(dossier.Content);
        var view = new NetworkView(
            NetworkLayout.Lay(dossier.Content, page),
            edges.Select(e => e.Event).Distinct().Count(),
            edges.Select(e => e.Actor).Distinct().Count(),
            edges.Count);
        return new Page(Routes.Network, "network", "Network", [page.Home()], view,
            Description: "Actors and events as a graph: who took part in, spoke at, or was named in what.");
    }
}
