using System.Text;
using Dossier.Diagnostics;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering;

/// <summary>Render stage: every page through its template and the layout, in parallel, in a stable order.</summary>
public static class SiteRenderer
{
    private static readonly (string Text, string Path)[] Navigation =
    [
        ("Home", "index.html"),
        ("Timeline", "timeline.html"),
        ("Events", "events/index.html"),
        ("Actors", "actors/index.html"),
        ("Quotes", "quotes/index.html"),
        ("Claims", "claims/index.html"),
        ("Articles", "articles/index.html"),
        ("Outlets", "outlets/index.html"),
        ("Network", "network.html"),
        ("Briefing book", "book.html"),
        ("Search", "search.html"),
    ];

    public static IReadOnlyList<OutputFile> Render(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag)
    {
        var pages = SitePages.All(dossier);
        foreach (var template in pages.Select(p => p.Template).Append("layout").Distinct().Order(StringComparer.Ordinal))
        {
            if (!templates.Has(template))
                bag.Error(DiagnosticCodes.TemplateMissing, SourceSpan.File($"templates/{template}.hbs"),
                    $"The template '{template}.hbs' is missing.", "Restore it from the repository or copy it from another dossier.");
        }
        if (bag.HasErrors) return [];

        var files = new OutputFile?[pages.Count];
        Parallel.For(0, pages.Count, i => files[i] = RenderPage(dossier, pages[i], templates, bag));
        return files.OfType<OutputFile>().Concat(MachineReadable(dossier, pages)).ToArray();
    }

    /// <summary>Files for programs rather than readers. Sitemap and feed need absolute URLs, so only exist with a base URL.</summary>
    private static IEnumerable<OutputFile> MachineReadable(ResolvedDossier dossier, IReadOnlyList<Page> pages)
    {
        var baseUrl = dossier.Content.Site.BaseUrl;
        yield return Search.SearchIndex.Build(dossier);
        yield return Metadata.DossierJson.Build(dossier);
        yield return Metadata.Robots.Build(baseUrl);
        if (baseUrl is null) yield break;
        yield return Metadata.Sitemap.Build(baseUrl, pages.Select(p => p.Path));
        yield return Metadata.AtomFeed.Build(dossier.Content, baseUrl);
    }

    private static OutputFile? RenderPage(ResolvedDossier dossier, Page page, ITemplateEngine templates, DiagnosticBag bag)
    {
        var root = page.Root ?? string.Concat(Enumerable.Repeat("../", page.Path.Count(c => c == '/')));
        var site = dossier.Content.Site;
        var current = page.Path.Contains('/') ? page.Path[..page.Path.IndexOf('/')] + "/index.html" : page.Path;
        var chrome = new Chrome(
            PageTitle: page.Title,
            SiteTitle: site.Title,
            Language: site.Language,
            Root: root,
            Description: page.Description,
            CanonicalUrl: site.BaseUrl is { } baseUrl && page.Template != "not-found" ? PageContext.Absolute(baseUrl, page.Path) : null,
            OpenGraphType: page.Template == "article" ? "article" : "website",
            Nav: Navigation.Select(n => new NavItem(n.Text, root + n.Path, n.Path == current)).ToArray(),
            Breadcrumbs: page.Breadcrumbs,
            JsonLd: page.JsonLd,
            Scripts: (page.Scripts ?? []).Select(s => root + s).ToArray());
        try
        {
            var body = templates.Render(page.Template, page.View);
            var html = templates.Render("layout", new LayoutView(chrome, body));
            return new OutputFile(page.Path, Encoding.UTF8.GetBytes(html.ReplaceLineEndings("\n")));
        }
        catch (TemplateException e)
        {
            bag.Error(DiagnosticCodes.TemplateError, SourceSpan.File(e.Template), $"Rendering '{page.Path}' failed: {e.Message}",
                "A name in {{...}} that the page does not have is an error: check its spelling against the page's fields.");
            return null;
        }
    }
}
