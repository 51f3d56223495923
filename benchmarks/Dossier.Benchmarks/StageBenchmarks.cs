using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Rendering;
using Dossier.Rendering.Templates;
using Dossier.Resolution;
using Dossier.Validation;

namespace Dossier.Benchmarks;

/// <summary>
/// Each stage of the build on its own, on one generated dossier. A stage's input is made fresh before
/// every iteration (the model caches the matching form of the texts once computed, and a real build
/// computes it once), so each iteration costs what the stage costs in a build. Iterations take
/// seconds, so they are measured as they come (Monitoring) rather than in calibrated batches.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class StageBenchmarks
{
    private SynthSite _site = null!;
    private Content _content = null!;
    private ResolvedDossier _dossier = null!;
    private ScribanTemplates _templates = null!;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void GenerateDossier() => _site = new SynthSite(Articles, seed: 42);

    [GlobalCleanup]
    public void DeleteDossier() => _site.Dispose();

    [Benchmark(Description = "load")]
    public Content Load() => ContentLoader.Load(_site.Paths, new DiagnosticBag());

    [IterationSetup(Target = nameof(Validate))]
    public void LoadForValidate() => _content = Load();

    [Benchmark(Description = "validate")]
    public int Validate()
    {
        var bag = new DiagnosticBag();
        Validator.Validate(_content, bag);
        return bag.Sorted().Count;
    }

    [IterationSetup(Target = nameof(Resolve))]
    public void ValidateForResolve()
    {
        _content = Load();
        Validator.Validate(_content, new DiagnosticBag());
    }

    [Benchmark(Description = "resolve")]
    public ResolvedDossier Resolve() => Resolver.Resolve(_content);

    [IterationSetup(Target = nameof(Render))]
    public void ResolveForRender()
    {
        ValidateForResolve();
        _dossier = Resolve();
        _templates = ScribanTemplates.Load(_site.Paths, new DiagnosticBag());
    }

    // Rendering only: the files are counted and dropped, so the write stage is not measured here.
    [Benchmark(Description = "render")]
    public int Render()
    {
        var output = new CountingOutput();
        SiteRenderer.Render(_dossier, _templates, new DiagnosticBag(), output, epubBytes: 85_000);
        return output.Files;
    }

    /// <summary>Counts the files rendered and drops them.</summary>
    private sealed class CountingOutput : ISiteOutput
    {
        private int _files;

        public int Files => _files;

        public void Add(OutputFile file) => Interlocked.Increment(ref _files);

        public void Keep(IReadOnlyCollection<string> paths) => Interlocked.Add(ref _files, paths.Count);

        public void Add(string path, Action<Stream> write)
        {
            write(Stream.Null);
            Interlocked.Increment(ref _files);
        }
    }

    [Benchmark(Description = "build (all stages, writing output/)")]
    public bool Build() => SiteBuilder.Build(_site.Paths, new BuildOptions()).Succeeded;
}
