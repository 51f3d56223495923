using System.CommandLine;
using System.Text.Json;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Loading;
using Dossier.Model;

namespace Dossier.Cli.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format") { Description = "text, github or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(DiagnosticPrinter.Formats);
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Also list the passages in quotation marks that no quote or claim covers (does not change the exit code)",
        };
        var links = new Option<bool>("--links")
        {
            Description = "Also confirm that every relative link and #fragment in the built site (--out) resolves",
        };
        var command = new Command("check", "Validate content/ and seeds/ without writing the site");
        site.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(coverage);
        command.Options.Add(links);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var paths = site.Paths(parse);
            var result = SiteBuilder.Check(paths, new BuildOptions(parse.GetValue(site.Strict)));
            if (parse.GetValue(links)) result = WithLinks(result, paths);
            var style = parse.GetValue(format)!;
            // Coverage of a dossier whose folders are missing would be a list of nothing.
            var withCoverage = parse.GetValue(coverage) && InputFolders.Missing(paths, templates: false).Count == 0;
            if (withCoverage && style == "json")
            {
                PrintJsonWithCoverage(result, paths, output);
                return (int)Outcome.Of(result);
            }
            DiagnosticPrinter.Print(result.Diagnostics, style, output, paths.Root);
            if (style == "text")
                output.WriteLine(result.Diagnostics.Count == 0 ? "No problems found." : $"{result.Errors} error(s), {result.Warnings} warning(s).");
            if (withCoverage)
            {
                CoveragePrinter.Print(Coverage(paths), paths, style, output);
            }
            return (int)Outcome.Of(result);
        });
        return command;
    }

    private static BuildResult WithLinks(BuildResult result, SitePaths paths)
    {
        IEnumerable<Diagnostic> found = Directory.Exists(paths.Output)
            ? LinkChecker.Check(paths.Output).Select(d => d with { Span = d.Span with { Path = paths.Display(Path.Combine(paths.Output, d.Span.Path)) } })
            : [new Diagnostic(Severity.Error, DiagnosticCodes.MissingFolder, "The site has not been built yet.", SourceSpan.File(paths.Display(paths.Output)), "Run the build command first.")];
        var all = result.Diagnostics.Concat(found).ToArray();
        return result with { Diagnostics = all, Succeeded = all.All(d => d.Severity != Severity.Error) };
    }

    // Loaded again on its own: coverage reads the same files but must not add to the check's diagnostics.
    private static CoverageReport Coverage(SitePaths paths)
    {
        return QuotationCoverage.Find(SiteBuilder.Load(paths, new DiagnosticBag()));
    }

    // One JSON document holding both, so the output stays parseable.
    private static void PrintJsonWithCoverage(BuildResult result, SitePaths paths, TextWriter output)
    {
        var report = Coverage(paths);
        var both = new
        {
            diagnostics = DiagnosticPrinter.JsonItems(result.Diagnostics),
            coverage = CoveragePrinter.JsonObject(report, paths),
        };
        output.WriteLine(JsonSerializer.Serialize(both, DiagnosticPrinter.Json));
    }
}
