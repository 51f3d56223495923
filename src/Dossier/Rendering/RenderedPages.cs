using Dossier.Model;

namespace Dossier.Rendering;

/// <summary>
/// What each page recipe of a build read of the dossier and which pages it wrote: `serve` keeps it, so that the
/// next build makes again only the pages whose reads a change touched.
/// </summary>
public sealed class RenderedPages(IReadOnlyList<RenderedPages.Recipe> recipes, IReadOnlyDictionary<string, ReadLog.Memory.Entry> remembered)
{
    public static readonly RenderedPages None = new([], ReadLog.Memory.Nothing);

    /// <summary>What the recipes worked out that a later build may take as it was (<see cref="ReadLog.Remembered{T}"/>).</summary>
    public IReadOnlyDictionary<string, ReadLog.Memory.Entry> Remembered => remembered;

    private readonly Dictionary<string, Recipe> _byName = recipes.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>A recipe's reads, and the fingerprint of each page it made (<see cref="PageFingerprint"/>), by path.</summary>
    public sealed record Recipe(string Name, ReadSet Reads, IReadOnlyList<(string Path, UInt128 Fingerprint)> Pages)
    {
        public IReadOnlyList<string> Paths { get; } = Pages.Select(p => p.Path).ToArray();

        // A recipe may make hundreds of pages (the book at 20,000 articles): each is looked up, not searched for.
        internal IReadOnlyDictionary<string, UInt128> Fingerprints { get; } = Pages.ToDictionary(p => p.Path, p => p.Fingerprint, StringComparer.Ordinal);
    }

    /// <summary>Every page written or kept, in the recipes' order.</summary>
    public IReadOnlyList<string> Paths { get; } = recipes.SelectMany(r => r.Paths).ToArray();

    /// <summary>The fingerprint of a page of the last build, if it had that page.</summary>
    public UInt128? Fingerprint(string recipe, string path) =>
        Of(recipe)?.Fingerprints.TryGetValue(path, out var fingerprint) == true ? fingerprint : null;

    public Recipe? Of(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The pages <paramref name="last"/> had and these do not. A recipe taken over as it was keeps its pages, so only
    /// the pages of recipes made again, or no longer made, are looked at.
    /// </summary>
    public IReadOnlyList<string> GoneSince(RenderedPages last)
    {
        var now = recipes.ToHashSet(ReferenceEqualityComparer.Instance);
        var before = last.Recipes.ToHashSet(ReferenceEqualityComparer.Instance);
        var made = recipes.Where(r => !before.Contains(r)).SelectMany(r => r.Paths).ToHashSet(StringComparer.Ordinal);
        return last.Recipes.Where(r => !now.Contains(r)).SelectMany(r => r.Paths).Where(p => !made.Contains(p)).ToArray();
    }

    private IReadOnlyList<Recipe> Recipes => recipes;
}
