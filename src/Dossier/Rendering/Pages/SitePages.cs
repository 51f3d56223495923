using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>Every page of the site, in a stable order, each as a recipe so that views are built where they are rendered (in parallel).</summary>
public static class SitePages
{
    /// <summary>Every template the pages use and the view each one is given, checked before rendering starts.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Templates = new SortedDictionary<string, Type>(StringComparer.Ordinal)
    {
        ["actor"] = typeof(ActorView),
        ["article"] = typeof(ArticleView),
        ["book"] = typeof(BookView),
        ["claim"] = typeof(ClaimView),
        ["event"] = typeof(EventView),
        ["home"] = typeof(HomeView),
        ["layout"] = typeof(LayoutView),
        ["list"] = typeof(ListView),
        ["network"] = typeof(NetworkView),
        ["not-found"] = typeof(NotFoundView),
        ["outlet"] = typeof(OutletView),
        ["quote"] = typeof(QuoteView),
        ["search"] = typeof(SearchView),
        ["timeline"] = typeof(TimelineView),
    };

    public static IReadOnlyList<Func<Page>> All(ResolvedDossier dossier)
    {
        var content = dossier.Content;
        var pages = new List<Func<Page>>
        {
            () => HomePage.Build(dossier), () => TimelinePage.Build(dossier), () => NetworkPage.Build(dossier),
            () => BookPage.Build(dossier), () => SearchPage(dossier), () => NotFound(dossier),
        };
        pages.AddRange(IndexPages.Build(dossier).Select(page => (Func<Page>)(() => page)));
        pages.AddRange(content.Actors.Select(a => (Func<Page>)(() => ActorPage.Build(dossier, a))));
        pages.AddRange(content.Events.Select(e => (Func<Page>)(() => EventPage.Build(dossier, e))));
        pages.AddRange(content.Outlets.Select(o => (Func<Page>)(() => OutletPage.Build(dossier, o))));
        pages.AddRange(content.Articles.Select(a => (Func<Page>)(() => ArticlePage.Build(dossier, a))));
        pages.AddRange(content.Quotes.Select(q => (Func<Page>)(() => QuotePage.Build(dossier, q))));
        pages.AddRange(content.Claims.Select(c => (Func<Page>)(() => ClaimPage.Build(dossier, c))));
        return pages;
    }

    private static Page SearchPage(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        return new Page(Routes.Search, "search", "Search", [page.Home()], new SearchView(),
            Description: "Search actors, events, outlets, articles, quotes and claims.",
            Scripts: [Routes.SearchIndex, Routes.SearchScript]);
    }

    private static Page NotFound(ResolvedDossier dossier)
    {
        // GitHub Pages serves 404.html at whatever address was asked for, at any depth, so relative links would
        // break there; with a base URL the page links absolutely.
        var root = dossier.Content.Site.BaseUrl;
        var page = root is null ? PageContext.AtTop(dossier) : new PageContext(dossier, root);
        return new Page(Routes.NotFound, "not-found", "Page not found", [page.Home()], new NotFoundView(), Root: root);
    }
}
