namespace Dossier.Rendering.Views;

/// <summary>A link as a template shows it; Href is already relative to the page it is on.</summary>
public sealed record Link(string Text, string Href);
