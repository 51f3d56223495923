namespace Dossier.Rendering.Views;

/// <summary>The 404 page has nothing of its own: it links home through <see cref="SiteLinks"/>.</summary>
public sealed record NotFoundView;
