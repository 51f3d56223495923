using System.Collections.Concurrent;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering;

/// <summary>Render stage: every page through its template and the layout, in parallel, in a stable order.</summary>
public static class SiteRenderer
{
    // The site's sections: its fixed pages, and every kind's index in the kinds' order.
    private static readonly (string Text, string Path)[] Navigation =
    [
        ("Home", Routes.Home),
        ("Timeline", Routes.Timeline),
        .. EntityKinds.All.Select(k => (k.Short, k.IndexRoute)),
        ("Network", Routes.Network),
        ("Briefing book", Routes.Book),
        ("Search", Routes.Search),
    ];

    // A page's buffers, one set per thread: Parallel.For starts its workers afresh every so often, so a set per
    // worker was made hundreds of times in a large build, and grown again to the largest page each time.
    [ThreadStatic] private static PageBuffer? _buffer;

    /// <summary>Reports every template the site needs and does not have; true when all are there.</summary>
    public static bool CheckTemplates(ITemplateEngine templates, DiagnosticBag bag)
    {
        var missing = SitePages.Templates.Keys.Where(t => !templates.Has(t)).ToArray();
        foreach (var template in missing) templates.ReportMissing(template, bag);
        return missing.Length == 0;
    }

    /// <summary>
    /// Renders every page and machine-readable file and hands each to <paramref name="output"/> as soon as it is
    /// ready, from several threads at once. Returns the paths of the pages written. Every page gives the EPUB's size
    /// (<paramref name="epubBytes"/>), so the EPUB is made first; the download page is made apart, after the archive
    /// (<see cref="RenderDownload"/>).
    /// </summary>
    public static IReadOnlyList<string> Render(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, ISiteOutput output,
        long epubBytes, PageLimits? limits = null)
    {
        var machineReadable = Task.Run(() => WriteMachineReadable(dossier, output));
        var pages = RenderPages(dossier, templates, bag, output, epubBytes, limits, track: false, since: null);
        machineReadable.Wait();
        WriteSitemaps(dossier, output, pages.Paths);
        return pages.Paths;
    }

    /// <summary>
    /// Renders the pages only, and of those only what <paramref name="since"/> shows a change can have altered:
    /// a recipe none of whose reads changed keeps its pages as they are (<see cref="ISiteOutput.Keep"/>), and so does
    /// a page whose fingerprint did not change. Without <paramref name="since"/>, every page is made. With
    /// <paramref name="track"/>, what each recipe read and each page's fingerprint are returned for the next build;
    /// <paramref name="since"/> needs them, and a site whose dossier.yml, templates and EPUB size are as they were.
    /// </summary>
    public static RenderedPages RenderPages(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, ISiteOutput output,
        long epubBytes, PageLimits? limits, bool track, (RenderedPages Last, HashSet<Read> Changed)? since)
    {
        if (!CheckTemplates(templates, bag)) return RenderedPages.None;

        var recipes = SitePages.All(dossier, limits ?? PageLimits.Default);
        var rendered = new RenderedPages.Recipe?[recipes.Count];
        var failures = new TemplateFailures();
        var links = new Links(dossier, epubBytes);
        var memory = new ReadLog.Memory(since?.Last.Remembered ?? ReadLog.Memory.Nothing, since?.Changed);
        Parallel.For(0, recipes.Count, i =>
        {
            var recipe = recipes[i];
            if (since?.Last.Of(recipe.Name) is { } last && !last.Reads.Overlaps(since.Value.Changed))
            {
                output.Keep(last.Paths);
                rendered[i] = last;
                return;
            }
            var buffer = _buffer ??= new PageBuffer();
            // A recipe makes a page and the pages that continue its lists, which share what it worked out. A page
            // whose fingerprint is the one it had is the same bytes: it stays as it is.
            List<(string, UInt128)> Make()
            {
                var written = new List<(string, UInt128)>();
                var unchanged = new List<string>();
                foreach (var page in recipe.Make())
                {
                    var fingerprint = track ? PageFingerprint.Of(page) : default;
                    if (since?.Last.Fingerprint(recipe.Name, page.Path) is { } was && was == fingerprint)
                    {
                        unchanged.Add(page.Path);
                        written.Add((page.Path, fingerprint));
                        continue;
                    }
                    if (RenderPage(dossier, page, templates, links, failures, buffer) is not { } file) continue;
                    output.Add(file);
                    written.Add((page.Path, fingerprint));
                }
                if (unchanged.Count > 0) output.Keep(unchanged);
                return written;
            }
            var reads = ReadSet.Nothing;
            var paths = track ? ReadLog.Record(Make, out reads, memory) : Make();
            rendered[i] = new RenderedPages.Recipe(recipe.Name, reads, paths);
        });
        failures.Report(bag);
        return new RenderedPages(rendered.OfType<RenderedPages.Recipe>().ToArray(), memory.Kept);
    }

    /// <summary>Files for programs rather than readers. The feed needs absolute URLs, so only exists with a base URL.</summary>
    public static void WriteMachineReadable(ResolvedDossier dossier, ISiteOutput output)
    {
        var baseUrl = dossier.Site.BaseUrl;
        foreach (var shard in Search.SearchIndex.Shards(dossier)) output.Add(shard);
        output.Add(Routes.DossierJson, stream => Metadata.DossierJson.Write(dossier, stream));
        output.Add(Metadata.Robots.Build(baseUrl));
        if (baseUrl is not null) output.Add(Metadata.AtomFeed.Build(dossier.Content, baseUrl));
    }

    /// <summary>The sitemaps list every page, the download page (written after the archive) included; only with a base URL.</summary>
    public static void WriteSitemaps(ResolvedDossier dossier, ISiteOutput output, IReadOnlyList<string> pages)
    {
        if (dossier.Site.BaseUrl is { } baseUrl) foreach (var sitemap in Metadata.Sitemap.Build(baseUrl, pages.Append(Routes.Download))) output.Add(sitemap);
    }

    /// <summary>
    /// download.html with the files' sizes, or without the archive's (<paramref name="archiveBytes"/> null) for the
    /// copy inside the archive; null after reporting a mistake in its template.
    /// </summary>
    public static OutputFile? RenderDownload(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, long epubBytes, long? archiveBytes,
        PageLimits? limits = null)
    {
        var failures = new TemplateFailures();
        var page = Pages.DownloadPage.Build(dossier, limits ?? PageLimits.Default, epubBytes, archiveBytes);
        var file = RenderPage(dossier, page, templates, new Links(dossier, epubBytes), failures, new PageBuffer());
        failures.Report(bag);
        return file is null ? null : file with { Bytes = file.Bytes.ToArray() };
    }

    private static OutputFile? RenderPage(ResolvedDossier dossier, Page page, ITemplateEngine templates, Links links,
        TemplateFailures failures, PageBuffer buffer)
    {
        var root = page.Root ?? Routes.RootOf(page.Path);
        var site = dossier.Site;
        var current = Routes.Section(page.Path);
        var chrome = new Chrome(
            PageTitle: page.Title,
            SiteTitle: site.Title,
            Language: site.Language,
            Description: page.Description,
            CanonicalUrl: site.BaseUrl is { } baseUrl && page.Path != Routes.NotFound ? PageContext.Absolute(baseUrl, page.Path) : null,
            OpenGraphType: page.Template == "article" ? "article" : "website",
            Nav: links.Nav(root, current),
            Breadcrumbs: page.Breadcrumbs,
            JsonLd: page.JsonLd is { } jsonLd ? new SafeHtml(jsonLd) : null,
            Scripts: (page.Scripts ?? []).Select(s => root + s).ToArray(),
            Previous: page.Previous is { } previous ? root + previous : null,
            Next: page.Next is { } next ? root + next : null);
        var siteLinks = links.From(root);
        try
        {
            templates.Render(page.Template, page.View, siteLinks, buffer.StartBody());
            templates.Render("layout", new LayoutView(chrome, new SafeHtml(PageBuffer.BodyPlaceholder)), siteLinks, buffer.StartLayout());
            // Templates and content are read with '\n' line ends, so the page needs no further pass.
            return new OutputFile(page.Path, buffer.Encode());
        }
        catch (TemplateException e)
        {
            failures.Add(e, page.Path);
            return null;
        }
    }

    /// <summary>The site's links and sections from each depth of folder, made once per depth (and section).</summary>
    private sealed class Links(ResolvedDossier dossier, long epubBytes)
    {
        private readonly ConcurrentDictionary<string, SiteLinks> _byRoot = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string Root, string Current), NavItem[]> _nav = new();
        private readonly string _epubSize = Text.Plain.Size(epubBytes);

        public SiteLinks From(string root) => _byRoot.GetOrAdd(root, r => SiteLinks.From(r, hasFeed: dossier.Site.BaseUrl is not null, _epubSize));

        public NavItem[] Nav(string root, string current) => _nav.GetOrAdd((root, current), key =>
            Navigation.Select(n => new NavItem(n.Text, key.Root + n.Path, n.Path == key.Current)).ToArray());
    }

    /// <summary>
    /// A mistake in a template fails every page drawn with it: it is reported once, at the template's line, with how
    /// many pages it stopped and the first of them.
    /// </summary>
    private sealed class TemplateFailures
    {
        private readonly ConcurrentDictionary<(string Code, SourceSpan Span, string Message, string? Hint), List<string>> _pages = new();

        public void Add(TemplateException e, string page)
        {
            var pages = _pages.GetOrAdd((e.Code, e.Span, e.Message, e.Hint), _ => []);
            lock (pages) pages.Add(page);
        }

        public void Report(DiagnosticBag bag)
        {
            foreach (var ((code, span, message, hint), pages) in _pages)
            {
                var first = pages.Min(StringComparer.Ordinal);
                var where = pages.Count == 1 ? $"rendering '{first}'" : $"rendering '{first}' and {pages.Count - 1} more page(s)";
                bag.Error(code, span, $"{message.TrimEnd('.')} ({where}).", hint);
            }
        }
    }
}
