using Dossier.Loading;
using Dossier.Synth.Generation;
using Dossier.Synth.Writing;

namespace Dossier.Benchmarks;

/// <summary>A generated dossier on disk, built with the repository's templates.</summary>
internal sealed class SynthSite : IDisposable
{
    public SynthSite(int articles, int seed)
    {
        Root = Path.Combine(Path.GetTempPath(), $"dossier-bench-{articles}-{Guid.NewGuid():N}");
        DossierWriter.Write(DossierGenerator.Generate(articles, seed), Root);
        Paths = new SitePaths(Root, Path.Combine(Root, "content"), Path.Combine(Root, "seeds"), Templates(), Path.Combine(Root, "output"));
    }

    public string Root { get; }

    public SitePaths Paths { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The repository's templates/: DOSSIER_TEMPLATES, or found above the running benchmark (BenchmarkDotNet runs it from a folder under bin/).</summary>
    private static string Templates()
    {
        if (Environment.GetEnvironmentVariable("DOSSIER_TEMPLATES") is { Length: > 0 } given) return given;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dossier.sln"))) return Path.Combine(folder.FullName, "templates");
        }
        throw new InvalidOperationException("templates/ not found: set DOSSIER_TEMPLATES.");
    }
}
