using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>
/// One page to render: where it goes, which template draws it, and its view. Previous and Next are the pages either
/// side of it where it is one of a list's pages (site paths, for the layout's rel="prev" and rel="next" links).
/// </summary>
public sealed record Page(
    string Path,
    string Template,
    string Title,
    IReadOnlyList<Link> Breadcrumbs,
    object View,
    string? Description = null,
    string? JsonLd = null,
    IReadOnlyList<string>? Scripts = null,
    string? Root = null)
{
    public string? Previous { get; init; }

    public string? Next { get; init; }
}
