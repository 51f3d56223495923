using System.Collections.Concurrent;
using Dossier.Diagnostics;
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

    /// <summary>
    /// Renders every page and machine-readable file and hands each to <paramref name="output"/> as soon as it is
    /// ready, from several threads at once. Returns the paths of the pages written.
    /// </summary>
    public static IReadOnlyList<string> Render(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, ISiteOutput output,
        PageLimits? limits = null)
    {
        foreach (var template in SitePages.Templates.Keys.Where(t => !templates.Has(t))) templates.ReportMissing(template, bag);
        if (bag.HasErrors) return [];

        var recipes = SitePages.All(dossier, limits ?? PageLimits.Default);
        var paths = new List<string>?[recipes.Count];
        var failures = new TemplateFailures();
        var links = new ConcurrentDictionary<string, SiteLinks>(StringComparer.Ordinal);
        var machineReadable = Task.Run(() => WriteMachineReadable(dossier, output));
        Parallel.For(0, recipes.Count, () => new PageBuffer(), (i, _, buffer) =>
        {
            // A recipe makes a page and the pages that continue its lists, which share what it worked out.
            foreach (var page in recipes[i]())
            {
                if (RenderPage(dossier, page, templates, links, failures, buffer) is not { } file) continue;
                output.Add(file);
                (paths[i] ??= []).Add(page.Path);
            }
            return buffer;
        }, _ => { });
        machineReadable.Wait();
        failures.Report(bag);
        var written = paths.Where(p => p is not null).SelectMany(p => p!).ToArray();
        if (dossier.Site.BaseUrl is { } baseUrl) foreach (var sitemap in Metadata.Sitemap.Build(baseUrl, written)) output.Add(sitemap);
        return written;
    }

    /// <summary>Files for programs rather than readers. The feed needs absolute URLs, so only exists with a base URL.</summary>
    private static void WriteMachineReadable(ResolvedDossier dossier, ISiteOutput output)
    {
        var baseUrl = dossier.Site.BaseUrl;
        foreach (var shard in Search.SearchIndex.Shards(dossier)) output.Add(shard);
        output.Add(Routes.DossierJson, stream => Metadata.DossierJson.Write(dossier, stream));
        output.Add(Metadata.Robots.Build(baseUrl));
        if (baseUrl is not null) output.Add(Metadata.AtomFeed.Build(dossier.Content, baseUrl));
    }

    private static OutputFile? RenderPage(ResolvedDossier dossier, Page page, ITemplateEngine templates, ConcurrentDictionary<string, SiteLinks> linksByRoot,
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
            Nav: Navigation.Select(n => new NavItem(n.Text, root + n.Path, n.Path == current)).ToArray(),
            Breadcrumbs: page.Breadcrumbs,
            JsonLd: page.JsonLd is { } jsonLd ? new SafeHtml(jsonLd) : null,
            Scripts: (page.Scripts ?? []).Select(s => root + s).ToArray(),
            Previous: page.Previous is { } previous ? root + previous : null,
            Next: page.Next is { } next ? root + next : null);
        var links = linksByRoot.GetOrAdd(root, r => SiteLinks.From(r, hasFeed: site.BaseUrl is not null));
        try
        {
            templates.Render(page.Template, page.View, links, buffer.StartBody());
            templates.Render("layout", new LayoutView(chrome, new SafeHtml(PageBuffer.BodyPlaceholder)), links, buffer.StartLayout());
            // Templates and content are read with '\n' line ends, so the page needs no further pass.
            return new OutputFile(page.Path, buffer.Encode());
        }
        catch (TemplateException e)
        {
            failures.Add(e, page.Path);
            return null;
        }
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
