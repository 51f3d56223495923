namespace Dossier.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage so that one run reports every problem.
/// Thread-safe because rendering runs in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void Error(string code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, message, span, hint));

    public void Warning(string code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, message, span, hint));

    public bool HasErrors
    {
        get { lock (_lock) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Sorted by file, line, column, then code, so output is stable whatever the order of discovery.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
