using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>One page to render: where it goes, which template draws it, and its view.</summary>
public sealed record Page(
    string Path,
    string Template,
    string Title,
    IReadOnlyList<Link> Breadcrumbs,
    object View,
    string? Description = null,
    string? JsonLd = null,
    IReadOnlyList<string>? Scripts = null,
    string? Root = null);
