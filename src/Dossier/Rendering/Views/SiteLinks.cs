namespace Dossier.Rendering.Views;

/// <summary>
/// The site's fixed pages, as links from the page being rendered: every template sees them as <c>links</c>, so no
/// template writes an address. Root leads back to the site's top, for assets a template adds itself.
/// </summary>
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
