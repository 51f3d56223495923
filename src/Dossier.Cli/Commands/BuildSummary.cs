using Dossier.Building;
using Dossier.Loading;

namespace Dossier.Cli.Commands;

/// <summary>The one line a successful build prints: how many pages of each kind went where.</summary>
public static class BuildSummary
{
    public static string Describe(BuildResult result, SitePaths paths)
    {
        var pages = result.PagesByKind.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{(p.Key.Length == 0 ? "top" : p.Key)} {p.Value}");
        return $"Built {result.PagesByKind.Values.Sum()} pages into {Path.GetRelativePath(paths.Root, paths.Output)}/ ({string.Join(", ", pages)})";
    }
}
