namespace Dossier.Rendering.Views;

/// <summary>A link as a template shows it.</summary>
/// <param name="Text">What the reader sees: a name, a title, a shortened quote.</param>
/// <param name="Href">The address, already relative to the page it is on.</param>
public sealed record Link(string Text, string Href);
