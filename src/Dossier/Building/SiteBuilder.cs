using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Rendering;
using Dossier.Rendering.Metadata;
using Dossier.Rendering.Offline;
using Dossier.Rendering.Templates;
using Dossier.Resolution;
using Dossier.Text;
using Dossier.Validation;

namespace Dossier.Building;

/// <summary>The build as a recipe: load, resolve references, validate, resolve the rest, render, write.</summary>
public static class SiteBuilder
{
    // At this many articles a one-time build collects between stages (Collect).
    private const int LargeDossier = 1_000;

    /// <summary>Validates only; writes nothing.</summary>
    public static BuildResult Check(SitePaths paths, BuildOptions options)
    {
        var bag = new DiagnosticBag();
        var stages = new StageClock();
        if (FoldersMissing(paths, templates: false, bag)) return Result(bag, options, new Dictionary<string, int>(), stages);
        LoadAndValidate(paths, bag, stages);
        return Result(bag, options, new Dictionary<string, int>(), stages);
    }

    /// <summary>
    /// Builds the site. With a <paramref name="state"/> (kept by `serve` between builds), what the last build did is
    /// not done again where a change cannot have altered it, and the pages are put in place first
    /// (<paramref name="pagesWritten"/> is told), the files made from the whole site after them: the search index,
    /// dossier.json, the feed, the sitemaps, the archive and the download page. A new change may cancel that second
    /// part (<paramref name="cancellation"/>): the next build writes it.
    /// </summary>
    public static BuildResult Build(SitePaths paths, BuildOptions options, BuildState? state = null, Action<BuildResult>? pagesWritten = null,
        CancellationToken cancellation = default)
    {
        var bag = new DiagnosticBag();
        var stages = new StageClock();
        if (FoldersMissing(paths, templates: true, bag)) return Result(bag, options, new Dictionary<string, int>(), stages);
        // Templates depend on nothing else, so they are compiled while the content loads.
        var compiling = Task.Run(() => Templates(paths, state));
        var content = stages.Time("load", () => Load(paths, bag, state?.Files));
        var large = state is null && content.All<Article>().Count >= LargeDossier;
        if (large) stages.Time("collect", () => Collect(handBack: false));
        stages.Time("validate", () => Validate(content, bag, state));
        // Nothing is rendered from content with errors: a page built on a broken reference would mislead readers.
        if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        // A base URL given on the command line wins over dossier.yml's: the same content publishes to several places.
        if (options.BaseUrl is { } baseUrl) content = content.WithSite(content.Site.WithBaseUrl(baseUrl));
        // The last site rendered is of use only while it is still there.
        var last = Directory.Exists(paths.Output) ? state?.Rendered : null;
        var dossier = stages.Time("resolve", () => Resolver.Resolve(content, last?.Dossier));
        var templateSet = stages.Time("templates", () => compiling.GetAwaiter().GetResult());
        var templates = templateSet.Engine;
        foreach (var diagnostic in templateSet.Found) bag.Add(diagnostic);
        if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);

        if (!SiteRenderer.CheckTemplates(templates, bag)) return Result(bag, options, new Dictionary<string, int>(), stages);

        // What changed since the last site rendered (`serve`), where its templates were these: what the EPUB and each
        // page read of the dossier tells whether it comes out otherwise.
        var changed = last is not null && last.TemplatesStamp == templateSet.Stamp
            ? stages.Time("changes", () => Changes.Between(last.Dossier, dossier))
            : null;

        // The EPUB comes first: it is made from the dossier alone, and every page gives its size.
        var limits = options.Limits ?? PageLimits.Default;
        var bookReads = ReadSet.Nothing;
        var book = changed is not null && !last!.BookReads.Overlaps(changed)
            ? last.Book
            : stages.Time("epub", () => state is null
                ? EpubBook.Build(dossier, templates, bag, limits)
                : ReadLog.Record(() => EpubBook.Build(dossier, templates, bag, limits), out bookReads));
        if (book is null || Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);
        var epubBytes = book.Bytes.Length;

        if (state is null)
        {
            // Matching is over, and from here the texts are only drawn (`serve` keeps them as they are for the next
            // change's checks).
            foreach (var text in content.Texts.Values) text.Compact();
            if (large) stages.Time("collect", () => Collect(handBack: true));
            // Pages go to disk as they are rendered; the staged folder replaces output/ only if nothing failed.
            using var output = OutputWriter.Begin(paths, bag, CancellationToken.None);
            var pages = stages.Time("render and write", () =>
            {
                WriteBookAndAssets(paths, bag, output, book);
                return SiteRenderer.Render(dossier, templates, bag, output, epubBytes, limits);
            });
            if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);
            if (large) stages.Time("collect", () => Collect(handBack: true));
            WriteDownloads(dossier, templates, bag, output, epubBytes, limits, stages);
            if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);
            stages.Time("commit", () => output.Commit());
            return Result(bag, options, CountByKind(pages.Append(Routes.Download)), stages);
        }

        // serve: the pages first, and of them only those a change can have altered.
        RenderedPages rendered;
        Func<IReadOnlyList<string>> written;
        using (var output = OutputWriter.Begin(paths, bag, CancellationToken.None))
        {
            // Every page shows the site's title, links to the EPUB with its size, and is drawn by the templates:
            // where one of those changed, every page is made again.
            var since = changed is not null && Plain.Size(last!.Book.Bytes.Length) == Plain.Size(epubBytes) && !changed.Contains(new Read(ReadOf.Site))
                ? (last.Pages, changed)
                : ((RenderedPages, HashSet<Read>)?)null;
            rendered = stages.Time("render and write", () =>
            {
                WriteBookAndAssets(paths, bag, output, book);
                return SiteRenderer.RenderPages(dossier, templates, bag, output, epubBytes, limits, track: true, since);
            });
            if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);
            stages.Time("commit", () => output.Commit(gone: last is null ? [] : rendered.GoneSince(last.Pages)));
            if (Failed(bag, options)) return Result(bag, options, new Dictionary<string, int>(), stages);
            // Listed when the rest is written, not before the reload: 24,000 paths at 5,000 articles.
            written = output.Paths;
        }
        state.Rendered = new BuildState.RenderedSite(dossier, rendered, templateSet.Stamp, book, ReferenceEquals(book, last?.Book) ? last!.BookReads : bookReads);
        var pageCounts = CountByKind(rendered.Paths.Append(Routes.Download));
        pagesWritten?.Invoke(Result(bag, options, pageCounts, stages));

        // Then the files made from the whole site, in a second staged write that keeps the pages just put in place,
        // once no newer save came for a moment.
        if (cancellation.WaitHandle.WaitOne(state.QuietBeforeTheRest)) return Result(bag, options, pageCounts, stages);
        try
        {
            using var rest = OutputWriter.Begin(paths, bag, cancellation);
            rest.Keep(written());
            stages.Time("machine-readable", () =>
            {
                SiteRenderer.WriteMachineReadable(dossier, rest);
                SiteRenderer.WriteSitemaps(dossier, rest, rendered.Paths);
            });
            if (Failed(bag, options)) return Result(bag, options, pageCounts, stages);
            WriteDownloads(dossier, templates, bag, rest, epubBytes, limits, stages);
            if (Failed(bag, options)) return Result(bag, options, pageCounts, stages);
            stages.Time("commit", () => rest.Commit());
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // A newer save: the next build writes these files from newer content.
        }
        return Result(bag, options, pageCounts, stages);
    }

    /// <summary>The files every build writes as they are: the EPUB, made before the pages, and the templates' assets.</summary>
    private static void WriteBookAndAssets(SitePaths paths, DiagnosticBag bag, OutputWriter output, OutputFile book)
    {
        output.Add(book);
        foreach (var asset in StaticAssets.Read(paths, bag)) output.Add(asset);
    }

    /// <summary>
    /// The archive holds every page written so far; the site's download page, the one page that gives the archive's
    /// size, can only be made after it, and the archive holds a copy of that page without the size.
    /// </summary>
    private static void WriteDownloads(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, OutputWriter output, long epubBytes,
        PageLimits limits, StageClock stages) =>
        stages.Time("archive", () =>
        {
            var copy = SiteRenderer.RenderDownload(dossier, templates, bag, epubBytes, archiveBytes: null, limits);
            if (copy is null) return;
            var size = SiteArchive.Write(output, copy, AtomFeed.Newest(dossier.All<Article>()));
            if (SiteRenderer.RenderDownload(dossier, templates, bag, epubBytes, size, limits) is { } page) output.Add(page);
        });

    /// <summary>
    /// Collects at once what a stage of a one-time build has just let go of: after the load, the parse of every file
    /// (2.3 GB allocated at 20,000 articles); before drawing, the texts as .NET strings and their matching forms; before
    /// the archive, what drawing left. Left to itself the collector keeps that room and fills it on top of what is still
    /// held: at 20,000 articles the build's peak goes from 1,071 to 840–900 MiB (docs/performance.md, "Under 1 GiB").
    /// The room freed after the load is kept rather than handed back to the system (<paramref name="handBack"/>):
    /// validation and resolution fill it again at once, and memory handed back is faulted in again page by page, which
    /// costs them a third of their time on the machine measured ("Fewer page faults"); their peak stays under drawing's.
    /// </summary>
    private static void Collect(bool handBack) =>
        GC.Collect(2, handBack ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>The templates, compiled again only when a file under templates/ changed since `serve` last compiled them.</summary>
    private static BuildState.TemplateSet Templates(SitePaths paths, BuildState? state)
    {
        var stamp = state is null ? "" : BuildState.Stamp(paths);
        if (state?.Templates is { } kept && kept.Stamp == stamp) return kept;
        var bag = new DiagnosticBag();
        var set = new BuildState.TemplateSet(stamp, ScribanTemplates.Load(paths, bag), bag.Sorted());
        if (state is not null) state.Templates = set;
        return set;
    }

    /// <summary>Validates; with a <paramref name="state"/>, runs again only the rules whose reads changed since it last validated.</summary>
    private static void Validate(Content content, DiagnosticBag bag, BuildState? state)
    {
        if (state is null)
        {
            Validator.Validate(content, bag);
            return;
        }
        var since = state.Validated is var (before, rules) ? (rules, Changes.Between(before, content)) : ((ValidatedRules, HashSet<Read>)?)null;
        state.Validated = (content, Validator.Validate(content, bag, since));
    }

    /// <summary>The dossier's content with its references resolved, as every later stage and `check --coverage` need it.</summary>
    public static Content Load(SitePaths paths, DiagnosticBag bag, LoadCache? cache = null)
    {
        var content = ContentLoader.Load(paths, bag, cache);
        ReferenceResolver.Resolve(content, bag);
        return content;
    }

    private static void LoadAndValidate(SitePaths paths, DiagnosticBag bag, StageClock stages)
    {
        var content = stages.Time("load", () => Load(paths, bag));
        stages.Time("validate", () => Validator.Validate(content, bag));
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
