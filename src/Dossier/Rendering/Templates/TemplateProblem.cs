using Scriban.Parsing;
using Scriban.Syntax;

namespace Dossier.Rendering.Templates;

/// <summary>
/// A mistake Dossier itself finds in a template while it renders (an unknown name, a missing partial), carrying its
/// diagnostic code and hint; thrown inside Scriban so that it unwinds the render like Scriban's own errors.
/// </summary>
public sealed class TemplateProblem(SourceSpan span, string code, string message, string? hint) : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;

    public string? Hint { get; } = hint;
}
