using Dossier.Rendering.Charts;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class NetworkPage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        return new Page(Routes.Network, "network", "Network: who was involved", [page.Home()], NetworkLayout.Lay(dossier.Content, page),
            Description: "Who took part in, spoke at, made a claim about or was named in each event, actor by actor and event by event.");
    }
}
