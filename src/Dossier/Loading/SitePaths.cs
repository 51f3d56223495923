namespace Dossier.Loading;

/// <summary>The folders of one dossier. Root is what diagnostics show paths relative to.</summary>
public sealed record SitePaths(string Root, string Content, string Seeds, string Templates, string Output)
{
    public static SitePaths Under(string root) => new(
        root,
        Path.Combine(root, "content"),
        Path.Combine(root, "seeds"),
        Path.Combine(root, "templates"),
        Path.Combine(root, "output"));

    /// <summary>The path as diagnostics print it: relative to Root, with '/'.</summary>
    public string Display(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
