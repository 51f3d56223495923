using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class CheckCoverageCommandTests
{
    private const string Uncovered = """
        --- seeds/report.txt
        Lima said: “We will stay safe,” after the storm.
        Reyes called the plan “a fantasy”.
        """;

    [Fact]
    public async Task Lists_each_uncovered_quotation_with_article_paragraph_and_words_then_the_totals()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(Uncovered);

        var run = await Cli.RunAsync(["check", "--coverage", .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(0);
        var lines = run.Output.Split('\n');
        lines.ShouldContain("Quoted passages that no quote or claim covers:");
        lines.ShouldContain(l => l.EndsWith("seeds/report.txt(2): article 'report', paragraph 2: “a fantasy”", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("We will stay safe"));
        lines.ShouldContain("Quoted passages: 2 found, 1 covered, 1 uncovered.");
    }

    [Fact]
    public async Task Without_the_option_check_prints_no_coverage()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(Uncovered);

        var run = await Cli.RunAsync(["check", .. Cli.Folders(dossier)]);

        run.Output.ShouldNotContain("Quoted passages");
    }

    [Fact]
    public async Task Coverage_does_not_change_the_exit_code_of_a_failing_check()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(Uncovered + "\n--- content/quotes/broken.yml\nspeaker: nobody\ntext: x\nreported:\n  - article: report\n");

        var run = await Cli.RunAsync(["check", "--coverage", .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("DOS2001");
        run.Output.ShouldContain("Quoted passages: 2 found");
    }

    [Fact]
    public async Task The_json_format_holds_diagnostics_and_coverage_in_one_document()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(Uncovered);

        var run = await Cli.RunAsync(["check", "--coverage", "--format", "json", .. Cli.Folders(dossier)]);

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
        var coverage = json.RootElement.GetProperty("coverage");
        (coverage.GetProperty("found").GetInt32(), coverage.GetProperty("uncovered").GetInt32()).ShouldBe((2, 1));
        var passage = coverage.GetProperty("passages")[0];
        passage.GetProperty("article").GetString().ShouldBe("report");
        passage.GetProperty("paragraph").GetInt32().ShouldBe(2);
        passage.GetProperty("words").GetString().ShouldBe("a fantasy");
    }

    [Fact]
    public async Task The_github_format_gives_each_uncovered_quotation_as_a_notice()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(Uncovered);

        var run = await Cli.RunAsync(["check", "--coverage", "--format", "github", .. Cli.Folders(dossier)]);

        run.Output.ShouldContain(",line=2,title=Uncovered quotation::article 'report', paragraph 2: “a fantasy” is not covered by any quote or claim.");
    }
}
