using Dossier.Diagnostics;

namespace Dossier.Rendering.Templates;

/// <summary>An error in an editor's template (not a bug in Dossier), at the template line that failed; the renderer makes it a diagnostic.</summary>
public sealed class TemplateException(string code, SourceSpan span, string message, string? hint) : Exception(message)
{
    public string Code { get; } = code;

    public SourceSpan Span { get; } = span;

    public string? Hint { get; } = hint;
}
