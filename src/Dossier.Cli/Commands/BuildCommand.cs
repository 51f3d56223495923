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
        var timings = new Option<bool>("--timings") { Description = "Also print how long each stage took (load, validate, resolve, render and write)" };
        var command = new Command("build", "Validate, then render the dossier into the output folder");
        site.AddTo(command);
        command.Options.Add(baseUrl);
        command.Options.Add(timings);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var clock = Stopwatch.StartNew();
            var paths = site.Paths(parse);
            var result = SiteBuilder.Build(paths, new BuildOptions(parse.GetValue(site.Strict), parse.GetValue(baseUrl)));
            DiagnosticPrinter.Print(result.Diagnostics, "text", output, paths.Root);
            if (!result.Succeeded)
            {
                output.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). The previous output is unchanged.");
                return (int)Outcome.Of(result);
            }
            output.WriteLine(BuildSummary.Describe(result, paths));
            output.WriteLine($"{result.Warnings} warning(s), {clock.ElapsedMilliseconds} ms.");
            if (parse.GetValue(timings))
            {
                output.WriteLine(string.Join("; ", result.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms (CPU {s.Processor.TotalMilliseconds:0} ms, {s.AllocatedBytes / (1 << 20):N0} MiB allocated)")));
                // What the runtime spent besides the stages' own work: compiling code just in time, and collecting garbage.
                output.WriteLine($"JIT {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; " +
                    $"GC {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused");
            }
            return (int)ExitCode.Success;
        });
        return command;
    }
}
