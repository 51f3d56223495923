using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class BuildTimingsTests
{
    [Fact]
    public async Task Build_with_timings_names_every_stage_in_the_order_it_ran()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync(["build", "--timings", .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var stages = run.Output.Split('\n').Single(line => line.StartsWith("load ", StringComparison.Ordinal));
        Regex.Matches(stages, @"(?:^|; )([a-z ]+) \d+ ms \(CPU \d+ ms, [\d,]+ MiB allocated\)").Select(m => m.Groups[1].Value)
            .ShouldBe(["load", "validate", "resolve", "templates", "epub", "render and write", "archive", "commit"]);
        run.Output.ShouldContain("JIT ");
    }

    [Fact]
    public async Task Build_without_timings_prints_no_stage_line()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync(["build", .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("Built ");
        run.Output.ShouldNotContain("render and write");
    }
}
