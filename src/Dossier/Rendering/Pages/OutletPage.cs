using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class OutletPage
{
    public static Page Build(ResolvedDossier dossier, Outlet outlet)
    {
        var page = PageContext.InFolder(dossier);
        var content = dossier.Content;
        var articles = ResolvedDossier.Lookup(dossier.ArticlesByOutlet, outlet.Id);
        var quotes = ResolvedDossier.Lookup(dossier.QuotesByOutlet, outlet.Id);
        var actorsQuoted = quotes
            .GroupBy(q => q.Speaker.Id)
            .Select(g => (page.Actor(g.Key), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Text, StringComparer.Ordinal)
            .Take(10);
        var view = new OutletView(
            Name: outlet.Name,
            Kind: outlet.Kind,
            Country: outlet.Country,
            Affiliation: page.Actor(outlet.Affiliation),
            Homepage: outlet.Homepage,
            Summary: outlet.Summary,
            Articles: articles.Select(a => page.ArticleItem(a, a.Original is null ? null : "repost")).ToArray(),
            Quotes: quotes.Select(page.QuoteItem).ToArray(),
            ActorsQuoted: PageContext.Bars(actorsQuoted),
            RepostedElsewhere: ResolvedDossier.Lookup(dossier.RepostsOfOutlet, outlet.Id)
                .Where(a => a.Outlet.Id != outlet.Id).Select(a => page.ArticleItem(a)).ToArray(),
            RepostsHere: articles
                .Where(a => a.Original?.Outlet is { } o && o.Id != outlet.Id)
                .Select(a => page.ArticleItem(a, $"originally {page.Outlet(a.Original!.Outlet!.Id).Text}")).ToArray());
        return new Page(Routes.Outlet(outlet.Id), "outlet", outlet.Name,
            [page.Home(), page.Index(Routes.Outlets, "Outlets")], view,
            Description: Plain.FirstSentence(outlet.Summary) ?? $"{outlet.Name}: articles and quotes in the dossier.");
    }
}
