namespace Dossier.Rendering.Views;

/// <summary>The search page: the script fills it in from the index; without script, readers browse the index pages.</summary>
/// <param name="Browse">Every kind's index page, for readers without script.</param>
public sealed record SearchView(IReadOnlyList<Link> Browse);
