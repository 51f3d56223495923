namespace Dossier.Model;

/// <summary>What search shows and matches for an entity: its title, a line of detail, and more text to match.</summary>
public sealed record SearchEntry(string Title, string? Detail, string? Text);
