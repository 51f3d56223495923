using System.Text.Json;
using Dossier.Editing;
using Dossier.Loading;
using Dossier.Model;

namespace Dossier.Cli.Commands;

/// <summary>
/// Prints the quoted passages no quote or claim covers, each at its line in the seed (clickable like a diagnostic),
/// then the totals. Text and GitHub notices; the JSON form is an object for CheckCommand to embed.
/// </summary>
public static class CoveragePrinter
{
    public static void Print(CoverageReport report, SitePaths paths, string format, TextWriter output)
    {
        switch (format)
        {
            case "github":
                foreach (var passage in report.UncoveredPassages)
                {
                    var message = DiagnosticPrinter.GitHubEscape($"{Describe(passage)} is not covered by any quote or claim.");
                    output.WriteLine($"::notice file={SeedPath(passage, paths)},line={passage.SeedLine},title=Uncovered quotation::{message}");
                }
                output.WriteLine(Totals(report));
                break;
            case "json":
                output.WriteLine(JsonSerializer.Serialize(JsonObject(report, paths), DiagnosticPrinter.Json));
                break;
            default:
                if (report.Uncovered > 0) output.WriteLine("Quoted passages that no quote or claim covers:");
                foreach (var passage in report.UncoveredPassages)
                    output.WriteLine($"{SeedPath(passage, paths)}({passage.SeedLine}): {Describe(passage)}");
                output.WriteLine(Totals(report));
                break;
        }
    }

    // Built as JSON nodes rather than an anonymous object: the published tool is compiled ahead of time, where
    // reflection cannot serialize an anonymous object that has int fields and fewer than five fields in all.
    public static object JsonObject(CoverageReport report, SitePaths paths) => new System.Text.Json.Nodes.JsonObject
    {
        ["found"] = report.Found,
        ["covered"] = report.Covered,
        ["uncovered"] = report.Uncovered,
        ["passages"] = new System.Text.Json.Nodes.JsonArray(report.UncoveredPassages.Select(p => new System.Text.Json.Nodes.JsonObject
        {
            ["article"] = p.ArticleId,
            ["paragraph"] = p.Paragraph,
            ["file"] = SeedPath(p, paths),
            ["line"] = p.SeedLine,
            ["words"] = p.Words,
        }).ToArray<System.Text.Json.Nodes.JsonNode?>()),
    };

    public static string Totals(CoverageReport report) =>
        $"Quoted passages: {report.Found} found, {report.Covered} covered, {report.Uncovered} uncovered.";

    private static string Describe(QuotedPassage passage) =>
        $"article '{passage.ArticleId}', paragraph {passage.Paragraph}: “{passage.Words}”";

    private static string SeedPath(QuotedPassage passage, SitePaths paths) =>
        paths.Display(Path.Combine(paths.Seeds, passage.Article.Source.Value));
}
