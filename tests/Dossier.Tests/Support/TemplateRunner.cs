using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;

namespace Dossier.Tests.Support;

/// <summary>Renders one view through a template written for the test (and the repository's partials, or the test's own).</summary>
internal static class TemplateRunner
{
    /// <summary>The page's output, or the diagnostics its template gave, as printed.</summary>
    public static string Render(string template, object view, IReadOnlyDictionary<string, string>? partials = null, string root = "", bool compile = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-templates-" + Guid.NewGuid().ToString("N"));
        try
        {
            var templates = Path.Combine(folder, "templates");
            Directory.CreateDirectory(Path.Combine(templates, "partials"));
            File.WriteAllText(Path.Combine(templates, "page" + ScribanTemplates.Extension), template);
            if (partials is null)
            {
                Folders.Copy(Path.Combine(Repo.Templates, "partials"), Path.Combine(templates, "partials"));
            }
            else
            {
                foreach (var (name, text) in partials)
                {
                    var file = Path.Combine(templates, "partials", name + ScribanTemplates.Extension);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, text);
                }
            }
            var bag = new DiagnosticBag();
            var engine = ScribanTemplates.Load(SitePaths.Under(folder), bag, compile);
            if (bag.HasErrors) return string.Join("\n", bag.Sorted().Select(d => d.Format()));
            var output = new StringWriter();
            try
            {
                engine.Render("page", view, SiteLinks.From(root, hasFeed: false, epubSize: "85 KB"), output);
            }
            catch (TemplateException e)
            {
                return new Diagnostic(Severity.Error, e.Code, e.Message, e.Span, e.Hint).Format();
            }
            return output.ToString();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
