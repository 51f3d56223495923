namespace Dossier.Diagnostics;

/// <summary>One problem found in the input, in MSBuild's clickable shape when printed.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, string? Hint = null)
{
    public string Format()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : " " + Hint;
        return $"{Span}: {severity} {Code}: {Message}{hint}";
    }

    public override string ToString() => Format();
}
