namespace Dossier.Rendering;

/// <summary>
/// The site's own addresses, in one place: every page's path under output/, with '/', always naming a file, so that
/// links work from disk and under any sub-path. An entity's page and its kind's index page are its kind's
/// (<see cref="Model.Entity.Route"/>, <see cref="Model.Schema.EntityKind.IndexRoute"/>).
/// </summary>
public static class Routes
{
    public const string Home = "index.html";
    public const string Timeline = "timeline.html";
    public const string Network = "network.html";
    public const string Book = "book.html";
    public const string BookFolder = "book/";
    public const string Search = "search.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/site.css";
    public const string SearchScript = "assets/search.js";
    public const string DossierJson = "dossier.json";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string NoJekyll = ".nojekyll";
    public const string Download = "download.html";
    public const string Archive = "dossier.zip";
    public const string Epub = "dossier.epub";

    /// <summary>A shard of the search index (see <see cref="Search.SearchIndex"/>); the search page loads shard 0, and search.js the rest.</summary>
    public static string SearchShard(int n) => $"search/{n}.js";

    /// <summary>Where a quote stands highlighted in an article's text; the second report of it in the same article gets "-2".</summary>
    public static string QuoteAnchor(string quoteId, int occurrence = 1) => occurrence == 1 ? $"q-{quoteId}" : $"q-{quoteId}-{occurrence}";

    /// <summary>A chapter of the briefing book after the first, which book.html holds: "book/events.html".</summary>
    public static string BookChapter(string chapter) => $"{BookFolder}{chapter}.html";

    /// <summary>The section a page belongs to, as navigation marks it: the book for its chapters, an entity page's folder index, or the page itself.</summary>
    public static string Section(string path) =>
        path.StartsWith(BookFolder, StringComparison.Ordinal) ? Book
        : path.IndexOf('/') is var slash and > 0 ? $"{path[..slash]}/index.html"
        : path;

    /// <summary>The way back to the site's root from a page: "" at the top, "../" one folder down.</summary>
    public static string RootOf(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
