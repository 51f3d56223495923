using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>What fuzzing the whole build (<see cref="BuildFuzzTests"/>) found, each reduced to the case that shows it.</summary>
public sealed class BuildFuzzFindingsTests
{
    // Found as: DuplicateLine(content/quotes/lima-nobody-left-behind.yml, the '- article:' line). The copy is only a
    // warning, so the site was built, and its quote page linked to a second place the article page never marked.
    [Fact]
    public void A_report_copied_for_an_article_that_prints_the_quote_once_links_to_the_one_place()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
              - article: report
            """);

        var result = dossier.Build();

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("DOS2010");
        LinkChecker.Check(dossier.Paths.Output).ShouldBeEmpty();
        dossier.ReadOutput("quotes/lima-safe.html").ShouldNotContain("#q-lima-safe-2");
    }

    [Fact]
    public void A_second_report_whose_wording_lies_inside_the_first_links_to_the_first()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
              - article: report
                text: stay safe
            """);

        var result = dossier.Build();

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        LinkChecker.Check(dossier.Paths.Output).ShouldBeEmpty();
        dossier.ReadOutput("quotes/lima-safe.html").ShouldNotContain("#q-lima-safe-2");
    }

    // Found as: InsertBytes(content/articles/courier-harbour-closed.yml, "1B5B33316D"), an escape sequence in a title:
    // YAML's parser let it through, and the Atom feed's XML writer threw.
    [Fact]
    public void A_control_character_in_a_content_file_is_an_error_at_its_place()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/articles/report.yml", Report("Re\u001B[31mport"));

        dossier.Build().Printed().ShouldBe([
            "content/articles/report.yml(1,10): error DOS1009: 'content/articles/report.yml' contains the control character U+001B. Delete it; only tabs and line ends may appear.",
        ]);
    }

    // Found after the fix above: the same character written as a YAML escape passed the check of the file's bytes, and
    // U+FFFF (no character at all) passed both; each reached the Atom feed's XML writer, which threw.
    [Fact]
    public void A_character_XML_cannot_hold_written_as_an_escape_is_an_error_at_its_value()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/articles/report.yml", Report("\"Re\\x1Bport\""));

        dossier.Build().Printed().ShouldBe([
            "content/articles/report.yml(1,8): error DOS1009: The value holds the character U+001B, which no page, feed or book can show. Delete its escape from between the quotes.",
        ]);
    }

    [Fact]
    public void A_noncharacter_in_a_file_is_an_error_at_its_place()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/articles/report.yml", Report("Re\uFFFFport"));

        dossier.Build().Printed().ShouldBe([
            "content/articles/report.yml(1,10): error DOS1009: 'content/articles/report.yml' contains U+FFFF, which is not a character. Delete it; it is usually left by a copy and paste.",
        ]);
    }

    // Found as: SetValue(content/articles/courier-harbour-closed.yml, line 2, "0000-01-01") by the long run of
    // 2026-12-01: a full date in the year 0 asked the calendar how long its month is, which threw.
    [Fact]
    public void A_date_in_the_year_0_is_an_invalid_date()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/articles/report.yml", Report("Report", published: "0000-01-01"));

        dossier.Build().Printed().ShouldBe([
            "content/articles/report.yml(3,12): error DOS1006: '0000-01-01' is not a valid date for 'published'. Write dates as YYYY-MM-DD, or YYYY-MM where only the month is known, e.g. 2020-01-08.",
        ]);
    }

    /// <summary>The minimal dossier's article file as bytes, with the title (and date) as written, escapes and all.</summary>
    private static byte[] Report(string title, string published = "2021-03-02") =>
        System.Text.Encoding.UTF8.GetBytes($"title: {title}\noutlet: courier\npublished: {published}\nsource: report.txt\nevents: [storm]\n");
}
