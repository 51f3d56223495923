using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>The text format shows the line each problem is on, a caret under the column; the machine formats stay one entry per problem.</summary>
public sealed class DiagnosticExcerptTests
{
    private const string MisspeltSpeaker = """
        --- content/quotes/lima-safe.yml
        speaker: ana-lmia
        text: We will stay safe
        event: storm
        reported:
          - article: report
        """;

    private static async Task<Cli.Run> CheckAsync(string change, params string[] options)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(change);
        return await Cli.RunAsync(["check", .. options, .. Cli.Folders(dossier)]);
    }

    [Fact]
    public async Task The_text_format_shows_the_offending_line_with_a_caret_under_the_column()
    {
        var run = await CheckAsync(MisspeltSpeaker);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain(
            "content/quotes/lima-safe.yml(1,10): error DOS2001: Unknown actor 'ana-lmia'. Did you mean 'ana-lima'?\n" +
            "    speaker: ana-lmia\n" +
            "             ^\n");
    }

    [Fact]
    public async Task A_tab_stays_a_tab_under_the_caret_so_that_it_lines_up()
    {
        var run = await CheckAsync("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
            \t- article: report
            """.Replace("\\t", "\t", StringComparison.Ordinal));

        run.Output.ShouldContain("(5,1): error DOS1001: A tab character indents this line; YAML indents with spaces only. Replace the tab with spaces.\n" +
            "    \t- article: report\n" +
            "    ^\n");
    }

    [Fact]
    public async Task A_problem_with_a_whole_file_has_no_excerpt()
    {
        var run = await CheckAsync("""
            --- content/actors/Ana-Lima.yml
            name: Ana Lima
            kind: person
            """);

        var lines = run.Output.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("error DOS1005", StringComparison.Ordinal));
        at.ShouldBeGreaterThanOrEqualTo(0, run.Output);
        lines[at + 1].ShouldNotStartWith("    ");
    }

    [Fact]
    public async Task The_github_format_keeps_one_line_per_problem()
    {
        var run = await CheckAsync(MisspeltSpeaker, "--format", "github");

        run.Output.TrimEnd('\n').Split('\n').ShouldHaveSingleItem().ShouldStartWith("::error file=");
    }

    [Fact]
    public async Task The_json_format_keeps_one_entry_per_problem_and_no_excerpt()
    {
        var run = await CheckAsync(MisspeltSpeaker, "--format", "json");

        var entry = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("message").GetString().ShouldBe("Unknown actor 'ana-lmia'.");
        run.Output.ShouldNotContain("speaker: ana-lmia");
    }
}
