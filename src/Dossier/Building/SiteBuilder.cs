using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Rendering;
using Dossier.Rendering.Metadata;
using Dossier.Rendering.Offline;
using Dossier.Rendering.Templates;
using Dossier.Resolution;
using Dossier.Validation;

namespace Dossier.Building;

/// <summary>The build as a recipe: load, resolve references, validate, resolve the rest, render, write.</summary>
public static class SiteBuilder
{
    /// <summary>Validates only; writes nothing.</summary>
    public static BuildResult Check(SitePaths paths, BuildOptions options)
    {
        var bag = new DiagnosticBag();
        var stages = new StageClock();
        if (FoldersMissing(paths, templates: false, bag)) return Result(bag, options, new Dictionary<string, int>(), stages);
        LoadAndValidate(paths, bag, stages);
        return Result(bag, options, new Dictionary<string, int>(), stages);
    }

    /// <summary>Builds the site; <paramref name="cache"/> (kept by `serve` between builds) spares reading unchanged files.</summary>
    public static BuildResult Build(SitePaths paths, BuildOptions options, LoadCache? cache = null)
    {
        var bag = new DiagnosticBag();
        var stages = new StageClock();
        if (FoldersMissing(paths, templates: true, bag)) return Result(bag, options, new Dictionary<string, int>(), stages);
        // Templates depend on nothing else, so they are compiled while the content loads.
        var templateBag = new DiagnosticBag();
        var compiling = Task.Run(() => ScribanTemplates.Load(paths, templateBag));
        var content = LoadAndValidate(paths, bag, stages, cache);
        // Nothing is rendered from content with errors: a page built on a broken reference would mislead readers.
        if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        // A base URL given on the command line wins over dossier.yml's: the same content publishes to several places.
        if (options.BaseUrl is { } baseUrl) content = content.WithSite(content.Site.WithBaseUrl(baseUrl));
        var dossier = stages.Time("resolve", () => Resolver.Resolve(content));
        var templates = stages.Time("templates", () => compiling.GetAwaiter().GetResult());
        foreach (var diagnostic in templateBag.Sorted()) bag.Add(diagnostic);
        if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        if (!SiteRenderer.CheckTemplates(templates, bag)) return Result(bag, options, new Dictionary<string, int>(), stages);

        // The EPUB comes first: it is made from the dossier alone, and every page gives its size.
        var limits = options.Limits ?? PageLimits.Default;
        var book = stages.Time("epub", () => EpubBook.Build(dossier, templates, bag, limits));
        if (book is null || Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        // Pages go to disk as they are rendered; the staged folder replaces output/ only if nothing failed.
        using var output = OutputWriter.Begin(paths, bag);
        var pages = stages.Time("render and write", () =>
        {
            output.Add(book);
            foreach (var asset in StaticAssets.Read(paths, bag)) output.Add(asset);
            return SiteRenderer.Render(dossier, templates, bag, output, book.Bytes.Length, limits);
        });
        if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        // The archive holds every page written so far; the site's download page, the one page that gives the
        // archive's size, can only be made after it, and the archive holds a copy of that page without the size.
        stages.Time("archive", () =>
        {
            var copy = SiteRenderer.RenderDownload(dossier, templates, bag, book.Bytes.Length, archiveBytes: null, limits);
            if (copy is null) return;
            var size = SiteArchive.Write(output, copy, AtomFeed.Newest(dossier.All<Article>()));
            if (SiteRenderer.RenderDownload(dossier, templates, bag, book.Bytes.Length, size, limits) is { } page) output.Add(page);
        });
        if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        stages.Time("commit", () => output.Commit());
        return Result(bag, options, CountByKind(pages.Append(Routes.Download)), stages);
    }

    /// <summary>The dossier's content with its references resolved, as every later stage and `check --coverage` need it.</summary>
    public static Content Load(SitePaths paths, DiagnosticBag bag, LoadCache? cache = null)
    {
        var content = ContentLoader.Load(paths, bag, cache);
        ReferenceResolver.Resolve(content, bag);
        return content;
    }

    private static Content LoadAndValidate(SitePaths paths, DiagnosticBag bag, StageClock stages, LoadCache? cache = null)
    {
        var content = stages.Time("load", () => Load(paths, bag, cache));
        stages.Time("validate", () => Validator.Validate(content, bag));
        return content;
    }

    // A missing folder is one mistake, said once: nothing is read from the others, where it would show as files gone missing.
    private static bool FoldersMissing(SitePaths paths, bool templates, DiagnosticBag bag)
    {
        var missing = InputFolders.Missing(paths, templates);
        foreach (var diagnostic in missing) bag.Add(diagnostic);
        return missing.Count > 0;
    }

    private static bool Failed(DiagnosticBag bag, BuildOptions options) =>
        bag.HasErrors || (options.Strict && bag.Sorted().Count > 0);

    private static BuildResult Result(DiagnosticBag bag, BuildOptions options, IReadOnlyDictionary<string, int> pages, StageClock stages)
    {
        var diagnostics = bag.Sorted();
        if (options.Strict) diagnostics = diagnostics.Select(d => d with { Severity = Severity.Error }).ToArray();
        return new BuildResult(diagnostics, !diagnostics.Any(d => d.Severity == Severity.Error), pages) { Stages = stages.Stages };
    }

    private static Dictionary<string, int> CountByKind(IEnumerable<string> pages) =>
        pages.GroupBy(p => p.Contains('/') ? p[..p.IndexOf('/')] : "")
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
