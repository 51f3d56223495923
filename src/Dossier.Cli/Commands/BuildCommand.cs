using System.CommandLine;
using System.Diagnostics;
using Dossier.Building;

namespace Dossier.Cli.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var command = new Command("build", "Validate, then render the dossier into the output folder");
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var paths = site.Paths(parse);
            var result = SiteBuilder.Build(paths, new BuildOptions(parse.GetValue(site.Strict)));
            DiagnosticPrinter.Print(result.Diagnostics, "text", Console.Out);
            if (!result.Succeeded)
            {
                Console.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). The previous output is unchanged.");
                return (int)Outcome.Of(result);
            }
            var pages = result.PagesByKind.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{(p.Key.Length == 0 ? "top" : p.Key)} {p.Value}");
            Console.WriteLine($"Built {result.PagesByKind.Values.Sum()} pages into {Path.GetRelativePath(paths.Root, paths.Output)}/ ({string.Join(", ", pages)})");
            Console.WriteLine($"{result.Warnings} warning(s), {clock.ElapsedMilliseconds} ms.");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
