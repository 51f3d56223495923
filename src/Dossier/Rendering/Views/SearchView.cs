namespace Dossier.Rendering.Views;

/// <summary>The search page has no content of its own: the script fills it in from the index.</summary>
public sealed record SearchView;
