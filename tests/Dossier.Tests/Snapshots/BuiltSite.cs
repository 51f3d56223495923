using System.IO.Compression;
using Dossier.Building;
using Dossier.Loading;
using Dossier.Rendering;
using Dossier.Tests.Support;

namespace Dossier.Tests.Snapshots;

/// <summary>A dossier from the repository built once per test run into a temporary folder.</summary>
public sealed class BuiltSite
{
    private static readonly Lazy<BuiltSite> MiniSite = new(() => Build(Repo.Fixture("mini")));
    private static readonly Lazy<BuiltSite> RealSite = new(() => Build(Repo.Root));
    private static readonly Lazy<BuiltSite> MiniPagedSite = new(() => Build(Repo.Fixture("mini"), PagedLimits));

    /// <summary>Limits small enough that the test dossier's lists go on over several pages, as a large dossier's do.</summary>
    public static readonly PageLimits PagedLimits = new(Items: 2, Bytes: 200_000, Preview: 1);

    private BuiltSite(string output, BuildResult result)
    {
        Output = output;
        Result = result;
    }

    public static BuiltSite Mini => MiniSite.Value;

    public static BuiltSite Real => RealSite.Value;

    /// <summary>The test dossier built with <see cref="PagedLimits"/>: every index, long list and book chapter on several pages.</summary>
    public static BuiltSite MiniPaged => MiniPagedSite.Value;

    public string Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyList<string> Pages() => Files("*.html");

    /// <summary>Every generated file but the copied assets, which are not generated.</summary>
    public IReadOnlyList<string> GeneratedFiles() => Files("*").Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)).ToArray();

    private string[] Files(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public string Read(string page) => File.ReadAllText(Path.Combine(Output, page));

    /// <summary>The files inside dossier.epub, by path, as text.</summary>
    public IReadOnlyDictionary<string, string> Epub() => Unzipped(Routes.Epub);

    /// <summary>The files inside one of the site's ZIPs (dossier.zip, dossier.epub), by path, as text, in the archive's order.</summary>
    public IReadOnlyDictionary<string, string> Unzipped(string archive)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Output, archive));
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.FullName] = reader.ReadToEnd();
        }
        return files;
    }

    /// <summary>A dossier built anew into a folder of its own, for tests that compare two builds.</summary>
    public static BuiltSite Build(string root, PageLimits? limits = null)
    {
        var output = Path.Combine(Path.GetTempPath(), "dossier-site-" + Guid.NewGuid().ToString("N"));
        var paths = SitePaths.Under(root) with { Templates = Repo.Templates, Output = output };
        return new BuiltSite(output, SiteBuilder.Build(paths, new BuildOptions(Limits: limits)));
    }
}
