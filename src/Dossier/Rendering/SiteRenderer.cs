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

    /// <summary>
    /// Renders every page and machine-readable file and hands each to <paramref name="output"/> as soon as it is
    /// ready, from several threads at once. Returns the paths of the pages written.
    /// </summary>
    public static IReadOnlyList<string> Render(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, ISiteOutput output)
    {
        foreach (var template in SitePages.Templates)
        {
            if (!templates.Has(template))
                bag.Error(DiagnosticCodes.TemplateMissing, SourceSpan.File($"templates/{template}.hbs"),
                    $"The template '{template}.hbs' is missing.", "Restore it from the repository or copy it from another dossier.");
        }
        if (bag.HasErrors) return [];

        var pages = SitePages.All(dossier);
        var paths = new string?[pages.Count];
        var machineReadable = Task.Run(() => WriteMachineReadable(dossier, output));
        Parallel.For(0, pages.Count, () => new PageBuffer(), (i, _, buffer) =>
        {
            var page = pages[i]();
            if (RenderPage(dossier, page, templates, bag, buffer) is not { } file) return buffer;
            output.Add(file);
            paths[i] = page.Path;
            return buffer;
        }, _ => { });
        machineReadable.Wait();
        var written = paths.OfType<string>().ToArray();
        if (dossier.Content.Site.BaseUrl is { } baseUrl) output.Add(Metadata.Sitemap.Build(baseUrl, written));
        return written;
    }

    /// <summary>Files for programs rather than readers. The feed needs absolute URLs, so only exists with a base URL.</summary>
    private static void WriteMachineReadable(ResolvedDossier dossier, ISiteOutput output)
    {
        var baseUrl = dossier.Content.Site.BaseUrl;
        output.Add(Search.SearchIndex.FileName, stream => Search.SearchIndex.Write(dossier, stream));
        output.Add(Metadata.DossierJson.FileName, stream => Metadata.DossierJson.Write(dossier, stream));
        output.Add(Metadata.Robots.Build(baseUrl));
        if (baseUrl is not null) output.Add(Metadata.AtomFeed.Build(dossier.Content, baseUrl));
    }

    private static OutputFile? RenderPage(ResolvedDossier dossier, Page page, ITemplateEngine templates, DiagnosticBag bag, PageBuffer buffer)
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
            templates.Render(page.Template, page.View, buffer.StartBody());
            templates.Render("layout", new LayoutView(chrome, PageBuffer.BodyPlaceholder), buffer.StartLayout());
            // Templates and content are read with '\n' line ends, so the page needs no further pass.
            return new OutputFile(page.Path, buffer.Encode());
        }
        catch (TemplateException e)
        {
            bag.Error(DiagnosticCodes.TemplateError, SourceSpan.File(e.Template), $"Rendering '{page.Path}' failed: {e.Message}",
                "A name in {{...}} that the page does not have is an error: check its spelling against the page's fields.");
            return null;
        }
    }
}
