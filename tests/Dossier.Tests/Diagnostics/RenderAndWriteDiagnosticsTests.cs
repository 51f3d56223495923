using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>DOS4xxx and assets: an output folder that cannot be written, files under templates/assets/. (Templates: TemplateDiagnosticsTests.)</summary>
public sealed class RenderAndWriteDiagnosticsTests
{
    // DOS4001 output not writable

    [Fact]
    public void An_output_path_taken_by_a_file_is_not_writable_and_the_file_is_kept()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        File.WriteAllText(dossier.Paths.Output, "not a folder");

        var result = dossier.Build();

        var diagnostic = result.Printed().ShouldHaveSingleItem();
        diagnostic.ShouldStartWith("output(1,1): error DOS4001: The site could not be written: ");
        diagnostic.ShouldEndWith(" The previous output is unchanged. Check that the folder is writable.");
        result.Succeeded.ShouldBeFalse();
        File.ReadAllText(dossier.Paths.Output).ShouldBe("not a folder");
        Directory.GetFileSystemEntries(dossier.Root).Select(Path.GetFileName).ShouldNotContain(name => name!.StartsWith(".output.", StringComparison.Ordinal));
    }

    // Assets under templates/assets/

    [SymlinkFact]
    public void An_asset_that_links_outside_the_templates_folder_is_refused()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- elsewhere/theme.css\nbody { color: red; }\n");
        var paths = dossier.WithOwnTemplates();
        dossier.Link("templates/assets/theme.css", dossier.FullPath("elsewhere/theme.css"));

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/assets/theme.css(1,1): error DOS1013: 'templates/assets/theme.css' is a link to a file outside templates/. Copy the file into the folder instead of linking to it.",
        ]);
    }

    [Fact]
    public void An_asset_over_four_megabytes_is_refused()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        dossier.WriteBytes("templates/assets/video.mp4", new byte[4 * 1024 * 1024 + 1]);

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/assets/video.mp4(1,1): error DOS1008: 'templates/assets/video.mp4' is larger than 4,194,304 bytes.",
        ]);
    }

    // DOS4002 broken link (checked on a written site)

    [Fact]
    public void A_link_to_a_missing_page_or_anchor_is_reported_where_it_stands()
    {
        using var dossier = TestDossier.Create("""
            --- site/index.html
            <p><a href="actors/ana-lima.html">Ana</a></p>
            <p><a href="actors/tom-reyes.html">Tom</a> <a href="https://example.org/x">out</a></p>
            --- site/actors/ana-lima.html
            <h1 id="top">Ana</h1>
            <a href="../index.html#top">home</a> <a href="#top">up</a>
            """);

        Dossier.Building.LinkChecker.Check(dossier.FullPath("site")).Select(d => d.Format()).ShouldBe([
            "actors/ana-lima.html(2,4): error DOS4002: The link '../index.html#top' points to '#top', which is not an id in that page.",
            "index.html(2,7): error DOS4002: The link 'actors/tom-reyes.html' points to a file that does not exist.",
        ]);
    }
}
