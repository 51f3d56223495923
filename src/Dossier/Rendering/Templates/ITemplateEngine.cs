namespace Dossier.Rendering.Templates;

/// <summary>The one seam between Dossier and its template language: templates are loaded (with diagnostics), then render views.</summary>
public interface ITemplateEngine
{
    bool Has(string template);

    /// <summary>Says that a template the site needs is not there, and how to get it back.</summary>
    void ReportMissing(string template, Diagnostics.DiagnosticBag bag);

    /// <summary>
    /// Renders a view into <paramref name="output"/>, from any thread: the template sees the view's members and
    /// <paramref name="links"/> as its variables. Throws <see cref="TemplateException"/> for an error in the template.
    /// Every value the template writes is HTML-escaped unless it is <see cref="Views.SafeHtml"/>.
    /// </summary>
    void Render(string template, object view, Views.SiteLinks links, TextWriter output);
}
