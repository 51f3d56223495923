using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>Every page of the site, in a stable order.</summary>
public static class SitePages
{
    public static IReadOnlyList<Page> All(ResolvedDossier dossier)
    {
        var content = dossier.Content;
        var pages = new List<Page>
        {
            HomePage.Build(dossier), TimelinePage.Build(dossier), NetworkPage.Build(dossier), BookPage.Build(dossier), SearchPage(dossier), NotFound(dossier),
        };
        pages.AddRange(IndexPages.Build(dossier));
        pages.AddRange(content.Actors.Select(a => ActorPage.Build(dossier, a)));
        pages.AddRange(content.Events.Select(e => EventPage.Build(dossier, e)));
        pages.AddRange(content.Outlets.Select(o => OutletPage.Build(dossier, o)));
        pages.AddRange(content.Articles.Select(a => ArticlePage.Build(dossier, a)));
        pages.AddRange(content.Quotes.Select(q => QuotePage.Build(dossier, q)));
        pages.AddRange(content.Claims.Select(c => ClaimPage.Build(dossier, c)));
        return pages;
    }

    private static Page SearchPage(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        return new Page("search.html", "search", "Search", [page.Home()], new SearchView(),
            Description: "Search actors, events, outlets, articles, quotes and claims.",
            Scripts: [Search.SearchIndex.FileName, "assets/search.js"]);
    }

    private static Page NotFound(ResolvedDossier dossier)
    {
        // GitHub Pages serves 404.html at whatever address was asked for, at any depth, so relative links would
        // break there; with a base URL the page links absolutely.
        var root = dossier.Content.Site.BaseUrl;
        var page = root is null ? PageContext.AtTop(dossier) : new PageContext(dossier, root);
        return new Page("404.html", "not-found", "Page not found", [page.Home()], new NotFoundView(page.Href("index.html")), Root: root);
    }
}
