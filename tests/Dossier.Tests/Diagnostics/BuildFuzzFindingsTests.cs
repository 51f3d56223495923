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
}
