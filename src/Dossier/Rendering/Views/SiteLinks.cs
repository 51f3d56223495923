namespace Dossier.Rendering.Views;

/// <summary>
/// The site's fixed pages, as links from the page being drawn: every template sees them as <c>links</c>, so no
/// template writes an address.
/// </summary>
/// <param name="Root">The way back to the site's top ("" or "../"), for files a template adds under templates/assets/.</param>
/// <param name="Home">The home page.</param>
/// <param name="Timeline">The timeline page.</param>
/// <param name="Network">The network page.</param>
/// <param name="Book">The briefing book.</param>
/// <param name="Search">The search page.</param>
/// <param name="Stylesheet">The site's stylesheet.</param>
/// <param name="Feed">The Atom feed of the latest articles; empty where the dossier has no base_url (the feed needs absolute addresses).</param>
/// <param name="Download">The download page: the whole site as one ZIP and the briefing book as an EPUB, with their sizes.</param>
/// <param name="Epub">The briefing book as an EPUB (dossier.epub).</param>
/// <param name="EpubSize">The EPUB's size as readers read it ("85 KB"). The ZIP's size is only on the download page: every other page is inside the ZIP, so it cannot know.</param>
public sealed record SiteLinks(string Root, string Home, string Timeline, string Network, string Book, string Search, string Stylesheet, string? Feed,
    string Download, string Epub, string EpubSize)
{
    public static SiteLinks From(string root, bool hasFeed, string epubSize) => new(
        root,
        root + Routes.Home,
        root + Routes.Timeline,
        root + Routes.Network,
        root + Routes.Book,
        root + Routes.Search,
        root + Routes.Stylesheet,
        hasFeed ? root + Routes.Feed : null,
        root + Routes.Download,
        root + Routes.Epub,
        epubSize);
}
