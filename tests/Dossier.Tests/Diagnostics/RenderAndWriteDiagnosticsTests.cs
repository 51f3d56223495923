using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>DOS3xxx and DOS4xxx: a dossier with its own templates folder, or an output folder that cannot be written.</summary>
public sealed class RenderAndWriteDiagnosticsTests
{
    private static BuildResult BuildWithOwnTemplates(TestDossier dossier, Action<string> change)
    {
        var paths = dossier.WithOwnTemplates();
        change(paths.Templates);
        return SiteBuilder.Build(paths, new BuildOptions());
    }

    // DOS3001 template missing

    [Fact]
    public void A_missing_layout_template_is_named()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var result = BuildWithOwnTemplates(dossier, templates => File.Delete(Path.Combine(templates, "layout.hbs")));

        result.Printed().ShouldBe([
            "templates/layout.hbs(1,1): error DOS3001: The template 'layout.hbs' is missing. Restore it from the repository or copy it from another dossier.",
        ]);
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }

    [Fact]
    public void A_missing_page_template_is_named()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var result = BuildWithOwnTemplates(dossier, templates => File.Delete(Path.Combine(templates, "quote.hbs")));

        result.Printed().ShouldBe([
            "templates/quote.hbs(1,1): error DOS3001: The template 'quote.hbs' is missing. Restore it from the repository or copy it from another dossier.",
        ]);
    }

    [Fact]
    public void A_missing_templates_folder_says_where_to_run_from()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.Paths with { Templates = dossier.FullPath("templates") };

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates(1,1): error DOS3001: The templates folder does not exist. Run the command from the dossier's folder, or pass --templates.",
        ]);
    }

    [Fact]
    public void A_template_error_only_shows_when_building_not_when_checking()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.Paths with { Templates = dossier.FullPath("templates") };

        SiteBuilder.Check(paths, new BuildOptions()).Diagnostics.ShouldBeEmpty();
    }

    // DOS3002 template error

    [Fact]
    public void An_unclosed_block_in_a_template_is_a_template_error_with_a_hint()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var result = BuildWithOwnTemplates(dossier, templates =>
            File.WriteAllText(Path.Combine(templates, "quote.hbs"), "<h1>{{Text}}</h1>\n{{#if Said}}\n<p>{{Said}}</p>\n"));

        var diagnostic = result.Printed().ShouldHaveSingleItem();
        diagnostic.ShouldStartWith("templates/quote.hbs(1,1): error DOS3002: Template error: Reached end of template before block expression 'if' was closed");
        diagnostic.ShouldEndWith("Check that every {{#block}} has its {{/block}} and every '{{' its '}}'.");
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }

    [Fact]
    public void A_template_error_message_ends_its_sentence_before_the_hint()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var result = BuildWithOwnTemplates(dossier, templates =>
            File.WriteAllText(Path.Combine(templates, "quote.hbs"), "<h1>{{Text}}</h1>\n{{#if Said}}\n<p>{{Said}}</p>\n"));

        result.Printed().ShouldBe([
            "templates/quote.hbs(1,1): error DOS3002: Template error: Reached end of template before block expression 'if' was closed. " +
            "Check that every {{#block}} has its {{/block}} and every '{{' its '}}'.",
        ]);
    }

    [Fact]
    public void An_unknown_partial_names_the_page_that_failed()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var result = BuildWithOwnTemplates(dossier, templates =>
            File.WriteAllText(Path.Combine(templates, "quote.hbs"), "<h1>{{> quote-box}}</h1>\n"));

        var diagnostic = result.Printed().ShouldHaveSingleItem();
        diagnostic.ShouldStartWith("templates/quote.hbs(1,1): error DOS3002: Rendering 'quotes/lima-safe.html' failed: Referenced partial name 'quote-box' could not be resolved.");
        diagnostic.ShouldEndWith("A name in {{...}} that the page does not have is an error: check its spelling against the page's fields.");
    }

    [Fact]
    public void A_misspelt_field_in_a_template_is_a_template_error_not_a_crash()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var result = BuildWithOwnTemplates(dossier, templates =>
            File.WriteAllText(Path.Combine(templates, "quote.hbs"), "<h1>{{Txet}}</h1>\n"));

        var diagnostic = result.Printed().ShouldHaveSingleItem();
        diagnostic.ShouldStartWith("templates/quote.hbs(1,1): error DOS3002: Rendering 'quotes/lima-safe.html' failed: ");
        diagnostic.ShouldContain("Txet");
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }

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

    [Fact]
    public void An_asset_that_links_outside_the_templates_folder_is_refused()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- elsewhere/theme.css\nbody { color: red; }\n");
        var paths = dossier.WithOwnTemplates();
        if (!dossier.TryLink("templates/assets/theme.css", dossier.FullPath("elsewhere/theme.css"))) return;

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
