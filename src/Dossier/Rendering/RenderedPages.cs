using Dossier.Model;

namespace Dossier.Rendering;

/// <summary>
/// What each page recipe of a build read of the dossier and which pages it wrote: `serve` keeps it, so that the
/// next build makes again only the pages whose reads a change touched.
/// </summary>
public sealed class RenderedPages(IReadOnlyList<RenderedPages.Recipe> recipes)
{
    public static readonly RenderedPages None = new([]);

    private readonly Dictionary<string, Recipe> _byName = recipes.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public sealed record Recipe(string Name, IReadOnlySet<Read> Reads, IReadOnlyList<string> Paths);

    /// <summary>Every page written or kept, in the recipes' order.</summary>
    public IReadOnlyList<string> Paths { get; } = recipes.SelectMany(r => r.Paths).ToArray();

    public Recipe? Of(string name) => _byName.GetValueOrDefault(name);
}
