using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// DOS3xxx: mistakes in templates, each a diagnostic at the template's line and column, once however many pages it
/// stops, and never a hang, a crash or a half-written site.
/// </summary>
public sealed class TemplateDiagnosticsTests
{
    /// <summary>Builds the minimal dossier once with the repository's templates, then with <paramref name="template"/> replaced.</summary>
    private static BuildResult BuildWith(string template, string text)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        SiteBuilder.Build(paths, new BuildOptions()).Succeeded.ShouldBeTrue();
        var before = DossierFiles.Snapshot(paths.Output);

        File.WriteAllText(Path.Combine(paths.Templates, template), text);
        var result = SiteBuilder.Build(paths, new BuildOptions());

        result.Succeeded.ShouldBeFalse();
        var after = DossierFiles.Snapshot(paths.Output);
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, bytes) in before) after[path].SequenceEqual(bytes).ShouldBeTrue($"{path} changed");
        return result;
    }

    // DOS3001 template missing

    [Fact]
    public void A_missing_layout_template_is_named()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        File.Delete(Path.Combine(paths.Templates, "layout.sbn-html"));

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/layout.sbn-html(1,1): error DOS3001: The template 'layout.sbn-html' is missing. Restore it from the repository or copy it from another dossier.",
        ]);
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }

    [Fact]
    public void A_missing_page_template_is_named()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        File.Delete(Path.Combine(paths.Templates, "quote.sbn-html"));

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/quote.sbn-html(1,1): error DOS3001: The template 'quote.sbn-html' is missing. Restore it from the repository or copy it from another dossier.",
        ]);
    }

    [Fact]
    public void A_handlebars_template_left_from_an_older_dossier_is_recognised()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        File.Move(Path.Combine(paths.Templates, "quote.sbn-html"), Path.Combine(paths.Templates, "quote.hbs"));

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/quote.sbn-html(1,1): error DOS3001: The template 'quote.sbn-html' is missing. templates/quote.hbs is a Handlebars template from " +
            "an earlier Dossier: templates are now Scriban (.sbn-html); docs/templates.md shows the syntax, and the repository's templates/ folder has every template to start from.",
        ]);
    }

    [Fact]
    public void A_missing_templates_folder_is_one_error_naming_the_full_path_looked_at()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.Paths with { Templates = dossier.FullPath("templates") };

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            $"templates(1,1): error DOS1017: There is no templates folder at {dossier.FullPath("templates")}. " +
            "Run the command from the dossier's folder (the one holding content/, seeds/ and templates/), or pass --templates.",
        ]);
    }

    [Fact]
    public void Templates_are_not_read_when_only_checking()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.Paths with { Templates = dossier.FullPath("templates") };

        SiteBuilder.Check(paths, new BuildOptions()).Diagnostics.ShouldBeEmpty();
    }

    // DOS3002 syntax

    [Fact]
    public void A_block_without_its_end_is_a_syntax_error_with_a_hint()
    {
        BuildWith("quote.sbn-html", "<h1>{{ text }}</h1>\n{{ if said }}\n<p>{{ said }}</p>\n").Printed().ShouldBe([
            "templates/quote.sbn-html(3,14): error DOS3002: Template syntax: Error while parsing if statement: The <end> statement was not found in: " +
            "if <expression> ... end|else|else if. Every {{ if }}, {{ for }}, {{ while }}, {{ capture }} and {{ func }} needs its {{ end }}; the file ended first.",
        ]);
    }

    [Fact]
    public void A_broken_expression_is_a_syntax_error_at_its_column()
    {
        BuildWith("partials/link-list.sbn-html", "<ul>\n  {{ for link in $links }}<li>{{ link.text </li>{{ end }}\n</ul>\n").Printed().ShouldBe([
            "templates/partials/link-list.sbn-html(2,45): error DOS3002: Template syntax: Error while parsing binary expression: Expecting an <expression> " +
            "to the right of the operator instead of `/` in: <expression> operator <expression>. Check the expression between '{{' and '}}' here: " +
            "each '{{' needs its '}}', and text in quotes its closing quote.",
        ]);
    }

    // DOS3003 runtime error

    [Fact]
    public void A_field_of_an_empty_value_is_an_error_at_the_line_that_uses_it_reported_once()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/actors/tom-reyes.yml\nname: Tom Reyes\nkind: person\n--- content/events/storm.yml\ntitle: Storm\ndate: 2021-03-01\n" +
            "participants:\n  - actor: ana-lima\n  - actor: tom-reyes\n");
        var paths = dossier.WithOwnTemplates();
        File.WriteAllText(Path.Combine(paths.Templates, "actor.sbn-html"), "<h1>{{ name }}</h1>\n{{ for role in roles }}{{ end }}\n<p>{{ born.year }}</p>\n");

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/actor.sbn-html(3,12): error DOS3003: Object `born` is null. Cannot access member: born.year (rendering 'actors/ana-lima.html' and 1 more page(s)). " +
            "An optional value may be empty: guard it with {{ if value }} before using its fields.",
        ]);
    }

    // DOS3004 unknown name

    [Fact]
    public void A_misspelt_variable_suggests_the_page_s_nearest_field()
    {
        BuildWith("actor.sbn-html", "<article>\n  <h1>{{ nmae }}</h1>\n</article>\n").Printed().ShouldBe([
            "templates/actor.sbn-html(2,10): error DOS3004: 'nmae' is not defined here (rendering 'actors/ana-lima.html'). Did you mean 'name'?",
        ]);
    }

    [Fact]
    public void A_misspelt_field_of_a_value_suggests_its_nearest_field()
    {
        BuildWith("quote.sbn-html", "<p>{{ speaker.txet }}</p>\n").Printed().ShouldBe([
            "templates/quote.sbn-html(1,15): error DOS3004: 'txet' is not a field of a Link (rendering 'quotes/lima-safe.html'). Did you mean 'text'?",
        ]);
    }

    [Fact]
    public void A_scriban_function_dossier_withholds_says_why()
    {
        BuildWith("quote.sbn-html", "<p>{{ date.now }}</p>\n").Printed().ShouldBe([
            "templates/quote.sbn-html(1,7): error DOS3004: 'date' is not available in Dossier's templates (rendering 'quotes/lima-safe.html'). " +
            "Dates reach templates already written out (for example published, said), and a page must not depend on the day it was built.",
        ]);
    }

    // DOS3005 partial not found

    [Fact]
    public void A_missing_partial_suggests_the_nearest_one()
    {
        BuildWith("quote.sbn-html", "<h1>{{ include \"quote-lst\" quotes: [] }}</h1>\n").Printed().ShouldBe([
            "templates/quote.sbn-html(1,8): error DOS3005: There is no partial 'quote-lst': include names a file in templates/partials/ without its extension " +
            "(rendering 'quotes/lima-safe.html'). Did you mean 'quote-list'?",
        ]);
    }

    [Fact]
    public void An_include_of_a_path_outside_the_templates_folder_reads_nothing()
    {
        var printed = BuildWith("quote.sbn-html", "<pre>{{ include \"../../../../../../etc/passwd\" }}</pre>\n").Printed();

        printed.ShouldHaveSingleItem().ShouldStartWith(
            "templates/quote.sbn-html(1,9): error DOS3005: There is no partial '../../../../../../etc/passwd': include names a file in templates/partials/ " +
            "without its extension (rendering 'quotes/lima-safe.html'). The partials are: all-link, article-list, bar-chart, charts/tie-mark,");
        printed[0].ShouldNotContain("root:");
    }

    // DOS3006 limits

    [Fact]
    public void A_loop_that_never_ends_stops_at_the_limit()
    {
        BuildWith("quote.sbn-html", "<p>\n{{ while true }}again {{ end }}\n</p>\n").Printed().ShouldBe([
            "templates/quote.sbn-html(2,4): error DOS3006: Exceeding number of iteration limit `10000000` for loop statement (rendering 'quotes/lima-safe.html'). " +
            "A loop that never ends, or a partial that includes itself, stops here; check the loop's condition or the include.",
        ]);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_depth_limit()
    {
        BuildWith("partials/quote-list.sbn-html", "<ul>{{ include \"quote-list\" quotes: $quotes }}</ul>\n").Printed().ShouldBe([
            "templates/partials/quote-list.sbn-html(1,8): error DOS3006: Exceeding number of recursive depth limit `64` for node: `include \"quote-list\" quotes:$quotes` " +
            "(rendering 'actors/ana-lima.html' and 3 more page(s)). A loop that never ends, or a partial that includes itself, stops here; check the loop's condition or the include.",
        ]);
    }

    // Template files the build will not read

    [Fact]
    public void A_template_over_the_size_limit_is_refused()
    {
        BuildWith("quote.sbn-html", new string('x', 1024 * 1024 + 1)).Printed().ShouldBe([
            "templates/quote.sbn-html(1,1): error DOS1008: 'templates/quote.sbn-html' is 1,048,577 bytes; the limit is 1,048,576. Split it, or check that it is the file you meant.",
        ]);
    }

    [Fact]
    public void A_template_that_is_not_utf8_is_refused_at_the_bad_byte()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        dossier.WriteBytes("templates/quote.sbn-html", [.. "<h1>Caf"u8, 0xE9, .. "</h1>\n"u8]);

        SiteBuilder.Build(paths, new BuildOptions()).Printed().ShouldBe([
            "templates/quote.sbn-html(1,8): error DOS1009: 'templates/quote.sbn-html' is not valid UTF-8. Save the file as UTF-8 in your editor.",
        ]);
    }
}
