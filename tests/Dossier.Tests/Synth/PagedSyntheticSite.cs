using Dossier.Building;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Rendering;
using Dossier.Synth.Generation;
using Dossier.Synth.Writing;
using Dossier.Tests.Support;

namespace Dossier.Tests.Synth;

/// <summary>
/// A generated dossier of 500 articles built once, with page limits lowered in proportion so that its lists go on
/// over many pages, as those of a dossier of tens of thousands of articles do at the default limits.
/// </summary>
public sealed class PagedSyntheticSite : IDisposable
{
    public const int Articles = 500;
    public static readonly PageLimits Limits = new(Items: 40, Bytes: 16_000, Preview: 10);

    public PagedSyntheticSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-paged-" + Guid.NewGuid().ToString("N"));
        DossierWriter.Write(DossierGenerator.Generate(Articles, SyntheticDossier.Seed), Root);
        var paths = new SitePaths(Root, Path.Combine(Root, "content"), Path.Combine(Root, "seeds"), Repo.Templates, Path.Combine(Root, "output"));
        Result = SiteBuilder.Build(paths, new BuildOptions(Limits: Limits));
        Output = paths.Output;
        Content = SiteBuilder.Load(paths, new Dossier.Diagnostics.DiagnosticBag());
    }

    public string Root { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public Content Content { get; }

    /// <summary>Every page, as its path under the output folder with '/'.</summary>
    public IReadOnlyList<string> Pages() => _pages ??=
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private IReadOnlyList<string>? _pages;

    public string Read(string page) => File.ReadAllText(Path.Combine(Output, page));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
