using System.CommandLine;
using Dossier.Building;

namespace Dossier.Cli.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format") { Description = "text, github or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(DiagnosticPrinter.Formats);
        var command = new Command("check", "Validate content/ and seeds/ without writing the site");
        site.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var result = SiteBuilder.Check(site.Paths(parse), new BuildOptions(parse.GetValue(site.Strict)));
            var style = parse.GetValue(format)!;
            DiagnosticPrinter.Print(result.Diagnostics, style, Console.Out);
            if (style == "text")
                Console.WriteLine(result.Diagnostics.Count == 0 ? "No problems found." : $"{result.Errors} error(s), {result.Warnings} warning(s).");
            return (int)Outcome.Of(result);
        });
        return command;
    }
}
