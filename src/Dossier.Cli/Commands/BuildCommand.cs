using System.CommandLine;
using System.Diagnostics;
using Dossier.Building;

namespace Dossier.Cli.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var baseUrl = BaseUrlOption.Create();
        var command = new Command("build", "Validate, then render the dossier into the output folder");
        site.AddTo(command);
        command.Options.Add(baseUrl);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var clock = Stopwatch.StartNew();
            var paths = site.Paths(parse);
            var result = SiteBuilder.Build(paths, new BuildOptions(parse.GetValue(site.Strict), parse.GetValue(baseUrl)));
            DiagnosticPrinter.Print(result.Diagnostics, "text", output);
            if (!result.Succeeded)
            {
                output.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). The previous output is unchanged.");
                return (int)Outcome.Of(result);
            }
            output.WriteLine(BuildSummary.Describe(result, paths));
            output.WriteLine($"{result.Warnings} warning(s), {clock.ElapsedMilliseconds} ms.");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
