namespace Dossier.Rendering.Views;

/// <summary>What the layout needs around every page: titles, navigation, breadcrumbs and metadata.</summary>
/// <param name="PageTitle">The page's own title.</param>
/// <param name="SiteTitle">The dossier's title.</param>
/// <param name="Language">The dossier's language ("en"), for the html element.</param>
/// <param name="Description">A sentence describing the page, for search engines and link previews.</param>
/// <param name="CanonicalUrl">The page's absolute address, where the dossier has a base URL.</param>
/// <param name="OpenGraphType">"article" on article pages, "website" elsewhere.</param>
/// <param name="Nav">The site's sections, the current one marked.</param>
/// <param name="Breadcrumbs">The way from the home page to this page (empty on the home page).</param>
/// <param name="JsonLd">The page's schema.org description, ready for a script element.</param>
/// <param name="Scripts">Scripts the page needs (search), relative to the page.</param>
/// <param name="Previous">Where the page is one of a list's pages: the page before it, for a rel="prev" link.</param>
/// <param name="Next">Where the page is one of a list's pages: the page after it, for a rel="next" link.</param>
public sealed record Chrome(
    string PageTitle,
    string SiteTitle,
    string Language,
    string? Description,
    string? CanonicalUrl,
    string OpenGraphType,
    IReadOnlyList<NavItem> Nav,
    IReadOnlyList<Link> Breadcrumbs,
    SafeHtml? JsonLd,
    IReadOnlyList<string> Scripts,
    string? Previous = null,
    string? Next = null);

/// <summary>A section in the site's navigation.</summary>
/// <param name="Text">Its name.</param>
/// <param name="Href">Its page.</param>
/// <param name="Current">Whether the page being drawn belongs to it.</param>
public sealed record NavItem(string Text, string Href, bool Current);

/// <summary>The layout's view: the chrome, and the page's own HTML to place inside it.</summary>
/// <param name="Chrome">Titles, navigation, breadcrumbs and metadata.</param>
/// <param name="Body">The page as its own template drew it.</param>
public sealed record LayoutView(Chrome Chrome, SafeHtml Body);
