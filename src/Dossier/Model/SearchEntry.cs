namespace Dossier.Model;

/// <summary>What search shows and matches for an entity: its title, a line of detail, and more text to match.</summary>
public sealed record SearchEntry(string Title, string? Detail, string? Text)
{
    /// <summary>Other names the entity is found by, weighed just below its title ("Soleimani", "FNA").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Whether the title is a name (an actor, place, outlet or event): names rank before everything else when the
    /// query is one of them or the start of their words, and ship in the index's first shard so they answer first.
    /// </summary>
    public bool IsName { get; init; }
}
