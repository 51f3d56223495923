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
public sealed record SiteLinks(string Root, string Home, string Timeline, string Network, string Book, string Search, string Stylesheet)
{
    public static SiteLinks From(string root) => new(
        root,
        root + Routes.Home,
        root + Routes.Timeline,
        root + Routes.Network,
        root + Routes.Book,
        root + Routes.Search,
        root + Routes.Stylesheet);
}
