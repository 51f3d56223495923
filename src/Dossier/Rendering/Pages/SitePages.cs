using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>Every page of the site, in a stable order, each as a recipe so that views are built where they are rendered (in parallel).</summary>
public static class SitePages
{
    /// <summary>Every template the pages use and the view each one is given, checked before rendering starts.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Templates = new SortedDictionary<string, Type>(
        EntityPages.All.ToDictionary(p => p.Kind.Name, p => p.ViewType), StringComparer.Ordinal)
    {
        ["book"] = typeof(BookView),
        ["download"] = typeof(DownloadView),
        [Offline.EpubBook.ChapterTemplate] = typeof(EpubChapterView),
        [Offline.EpubBook.NavTemplate] = typeof(EpubNavView),
        ["home"] = typeof(HomeView),
        ["layout"] = typeof(LayoutView),
        ["list"] = typeof(ListView),
        ["full-list"] = typeof(FullListView),
        ["network"] = typeof(NetworkView),
        ["not-found"] = typeof(NotFoundView),
        ["search"] = typeof(SearchView),
        ["timeline"] = typeof(TimelineView),
    };

    /// <summary>
    /// Every page, as recipes: each makes one page, or a page and the further pages its long lists go on over. Each
    /// has a name that stays the same from one build to the next (`serve` remembers what each recipe read).
    /// </summary>
    public static IReadOnlyList<PageRecipe> All(ResolvedDossier dossier, PageLimits limits)
    {
        var pages = new List<PageRecipe>
        {
            new("home", () => [HomePage.Build(dossier)]), new("timeline", () => TimelinePage.Build(dossier, limits)),
            new("network", () => [NetworkPage.Build(dossier)]), new("book", () => BookPage.Build(dossier, limits)),
            new("search", () => [SearchPage(dossier)]), new("not-found", () => [NotFound(dossier)]),
        };
        foreach (var kind in EntityPages.All) pages.Add(new($"{kind.Kind.Name} index", () => kind.Index(dossier, limits)));
        foreach (var kind in EntityPages.All)
        {
            foreach (var entity in dossier.Content.All(kind.Kind))
            {
                pages.Add(new($"{kind.Kind.Name} {entity.Id}", () =>
                {
                    // The page's own entity is read without a reference to it.
                    ReadLog.Add(entity);
                    return kind.Build(dossier, entity, limits);
                }));
            }
        }
        return pages;
    }

    private static Page SearchPage(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        return new Page(Routes.Search, "search", "Search", [page.Home()],
            new SearchView(EntityKinds.All.Select(k => new Link(k.Title.ToLowerInvariant(), page.Href(k.IndexRoute))).ToArray()),
            Description: $"Search {Listing(EntityKinds.All.Select(k => k.Title.ToLowerInvariant()).ToArray())}.",
            // search.js first: it defines the function the index's shards call.
            Scripts: [Routes.SearchScript, Routes.SearchShard(0)]);
    }

    /// <summary>"a, b and c".</summary>
    private static string Listing(string[] items) =>
        items.Length <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Length - 1)) + " and " + items[^1];

    private static Page NotFound(ResolvedDossier dossier)
    {
        // GitHub Pages serves 404.html at whatever address was asked for, at any depth, so relative links would
        // break there; with a base URL the page links absolutely.
        var root = dossier.Site.BaseUrl;
        var page = root is null ? PageContext.AtTop(dossier) : new PageContext(dossier, root);
        return new Page(Routes.NotFound, "not-found", "Page not found", [page.Home()], new NotFoundView(), Root: root);
    }
}

/// <summary>A named way to make a page and the pages its lists go on over.</summary>
public sealed record PageRecipe(string Name, Func<IReadOnlyList<Page>> Make);
