namespace Dossier.Rendering.Templates;

/// <summary>The one seam between Dossier and a template language, so another engine could be added.</summary>
public interface ITemplateEngine
{
    bool Has(string template);

    /// <summary>Renders a view; throws <see cref="TemplateException"/> for an error in the template.</summary>
    string Render(string template, object view);
}
