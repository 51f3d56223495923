namespace Dossier.Rendering.Templates;

/// <summary>The one seam between Dossier and a template language, so another engine could be added.</summary>
public interface ITemplateEngine
{
    bool Has(string template);

    /// <summary>Renders a view into <paramref name="output"/>; throws <see cref="TemplateException"/> for an error in the template.</summary>
    void Render(string template, object view, TextWriter output);
}
