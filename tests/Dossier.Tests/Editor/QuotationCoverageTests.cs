using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Loading;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class QuotationCoverageTests
{
    private const string Seed = """
        --- seeds/report.txt
        Lima said: “We will stay safe,” after the storm.
        Reyes called the plan “a fantasy” and said “it will take three weeks.”
        The council said nothing.
        Officials promised “help for everyone”, later “help for some”.
        """;

    private static CoverageReport Coverage(string files)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(files);
        return QuotationCoverage.Find(Dossier.Building.SiteBuilder.Load(dossier.Paths, new DiagnosticBag()));
    }

    [Fact]
    public void A_passage_that_a_quote_report_overlaps_is_covered_and_the_others_are_listed()
    {
        var report = Coverage(Seed);

        report.Passages.Select(p => (p.ArticleId, p.Paragraph, p.Words, p.Covered)).ShouldBe(
        [
            ("report", 1, "We will stay safe,", true),
            ("report", 2, "a fantasy", false),
            ("report", 2, "it will take three weeks.", false),
            ("report", 4, "help for everyone", false),
            ("report", 4, "help for some", false),
        ]);
        (report.Found, report.Covered, report.Uncovered).ShouldBe((5, 1, 4));
    }

    [Fact]
    public void A_claim_answer_covers_the_passage_its_text_overlaps()
    {
        var report = Coverage(Seed + """

            --- content/claims/repair-time.yml
            question: How long will repairs take?
            answers:
              - answer: Three weeks
                claimants:
                  - article: report
                    text: said “it will take three
              - answer: Unknown
                claimants:
                  - article: report
                    text: The council said nothing
            """);

        report.Passages.Single(p => p.Words == "it will take three weeks.").Covered.ShouldBeTrue();
        report.Uncovered.ShouldBe(3);
    }

    [Fact]
    public void A_reported_wording_covers_its_article_with_quotes_and_dashes_folded()
    {
        var report = Coverage(Seed + """

            --- content/quotes/officials-help.yml
            speaker: ana-lima
            text: help for everyone
            reported:
              - article: report
                text: promised "help for everyone"
            """);

        report.Passages.Single(p => p.Words == "help for everyone").Covered.ShouldBeTrue();
        // The same words elsewhere in the paragraph are not covered by that report's place.
        report.Passages.Single(p => p.Words == "help for some").Covered.ShouldBeFalse();
    }

    [Fact]
    public void A_quote_covers_only_the_articles_its_reports_name()
    {
        var report = Coverage(Seed + """

            --- content/articles/other.yml
            title: Other
            outlet: courier
            source: other.txt
            --- seeds/other.txt
            She repeated: “We will stay safe.”
            """);

        report.Passages.Single(p => p.ArticleId == "other").Covered.ShouldBeFalse();
    }

    [Fact]
    public void Passages_keep_the_seed_line_of_their_paragraph()
    {
        var report = Coverage(Seed);

        report.Passages.Select(p => p.SeedLine).Distinct().ShouldBe([1, 2, 4]);
    }

    [Fact]
    public void The_real_dossier_has_quotations_and_most_are_covered()
    {
        var content = Dossier.Building.SiteBuilder.Load(SitePaths.Under(Repo.Root), new DiagnosticBag());

        var report = QuotationCoverage.Find(content);

        report.Found.ShouldBeGreaterThan(50);
        report.Covered.ShouldBeGreaterThan(0);
        (report.Covered + report.Uncovered).ShouldBe(report.Found);
    }
}
