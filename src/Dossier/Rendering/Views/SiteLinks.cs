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
/// <param name="Actors">The actors' index.</param>
/// <param name="Events">The events' index.</param>
/// <param name="Outlets">The outlets' index.</param>
/// <param name="Articles">The articles' index.</param>
/// <param name="Quotes">The quotes' index.</param>
/// <param name="Claims">The contested claims' index.</param>
/// <param name="Stylesheet">The site's stylesheet.</param>
public sealed record SiteLinks(
    string Root,
    string Home,
    string Timeline,
    string Network,
    string Book,
    string Search,
    string Actors,
    string Events,
    string Outlets,
    string Articles,
    string Quotes,
    string Claims,
    string Stylesheet)
{
    public static SiteLinks From(string root) => new(
        root,
        root + Routes.Home,
        root + Routes.Timeline,
        root + Routes.Network,
        root + Routes.Book,
        root + Routes.Search,
        root + Routes.Index(Routes.Actors),
        root + Routes.Index(Routes.Events),
        root + Routes.Index(Routes.Outlets),
        root + Routes.Index(Routes.Articles),
        root + Routes.Index(Routes.Quotes),
        root + Routes.Index(Routes.Claims),
        root + Routes.Stylesheet);
}
