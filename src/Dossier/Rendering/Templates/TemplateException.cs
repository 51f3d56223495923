namespace Dossier.Rendering.Templates;

/// <summary>An error in an editor's template (not a bug in Dossier), turned into a diagnostic by the renderer.</summary>
public sealed class TemplateException(string template, string message) : Exception(message)
{
    public string Template { get; } = template;
}
