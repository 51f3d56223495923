namespace Dossier.Rendering.Views;

/// <summary>What the layout needs around every page: titles, navigation, breadcrumbs and metadata.</summary>
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
    IReadOnlyList<string> Scripts);

public sealed record NavItem(string Text, string Href, bool Current);

/// <summary>The layout's view; Body is the page's own HTML (a placeholder the page's text is streamed into).</summary>
public sealed record LayoutView(Chrome Chrome, SafeHtml Body);
