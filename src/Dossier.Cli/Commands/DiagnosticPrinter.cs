using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Cli.Commands;

/// <summary>
/// Prints diagnostics as text (MSBuild's clickable shape, each followed by the line it points at), GitHub Actions
/// annotations, or JSON (one entry per diagnostic, with no excerpt).
/// </summary>
public static class DiagnosticPrinter
{
    public static readonly string[] Formats = ["text", "github", "json"];

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <param name="diagnostics">What to print.</param>
    /// <param name="format">text, github or json.</param>
    /// <param name="output">Where to.</param>
    /// <param name="root">The site root the diagnostics' paths are relative to: the text format shows the line each points at.</param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter output, string root)
    {
        switch (format)
        {
            case "github":
                foreach (var d in diagnostics)
                {
                    var level = d.Severity == Severity.Error ? "error" : "warning";
                    var message = GitHubEscape($"{d.Code}: {d.Message}{(d.Hint is null ? "" : " " + d.Hint)}");
                    output.WriteLine($"::{level} file={d.Span.Path},line={d.Span.Line},col={d.Span.Column},title={d.Code}::{message}");
                }
                break;
            case "json":
                output.WriteLine(JsonSerializer.Serialize(JsonItems(diagnostics), Json));
                break;
            default:
                var excerpts = new SourceExcerpt(root);
                // One write per diagnostic, so that the lines of one never interleave with another thread's output.
                foreach (var d in diagnostics) output.WriteLine(Text(d, excerpts));
                break;
        }
    }

    /// <summary>One diagnostic in the text format: its line, then the excerpt of the file where there is one.</summary>
    public static string Text(Diagnostic diagnostic, SourceExcerpt excerpts) =>
        excerpts.For(diagnostic.Span) is { } excerpt ? $"{diagnostic.Format()}\n{excerpt}" : diagnostic.Format();

    /// <summary>The objects the JSON format lists, one per diagnostic.</summary>
    public static IEnumerable<object> JsonItems(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Select(d => new
    {
        severity = d.Severity == Severity.Error ? "error" : "warning",
        code = d.Code,
        file = d.Span.Path,
        line = d.Span.Line,
        column = d.Span.Column,
        message = d.Message,
        hint = d.Hint,
    });

    // GitHub's workflow commands treat %, CR and LF specially in messages.
    public static string GitHubEscape(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
}
