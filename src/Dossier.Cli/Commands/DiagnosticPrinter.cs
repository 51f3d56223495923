using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Cli.Commands;

/// <summary>Prints diagnostics as text (MSBuild's clickable shape), GitHub Actions annotations, or JSON.</summary>
public static class DiagnosticPrinter
{
    public static readonly string[] Formats = ["text", "github", "json"];

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter output)
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
                foreach (var d in diagnostics) output.WriteLine(d.Format());
                break;
        }
    }

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
