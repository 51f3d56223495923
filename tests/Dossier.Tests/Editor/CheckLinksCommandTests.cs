using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class CheckLinksCommandTests
{
    [Fact]
    public async Task Check_links_passes_on_a_fresh_build_and_reports_a_broken_link_with_its_place()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        (await Cli.RunAsync(["build", .. Cli.Folders(dossier)])).ExitCode.ShouldBe(0);

        var clean = await Cli.RunAsync(["check", "--links", .. Cli.Folders(dossier)]);
        clean.ExitCode.ShouldBe(0);
        clean.Output.ShouldContain("No problems found.");

        File.AppendAllText(Path.Combine(dossier.Paths.Output, "timeline.html"), "\n<a href=\"events/gone.html\">gone</a>\n");
        var broken = await Cli.RunAsync(["check", "--links", .. Cli.Folders(dossier)]);

        broken.ExitCode.ShouldBe(1);
        broken.Output.ShouldContain("output/timeline.html(");
        broken.Output.ShouldContain("error DOS4002: The link 'events/gone.html' points to a file that does not exist.");
    }

    [Fact]
    public async Task Check_links_before_any_build_says_to_build_first()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync(["check", "--links", .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("The site has not been built yet. Run the build command first.");
    }
}
