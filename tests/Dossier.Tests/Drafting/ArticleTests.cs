using Dossier.Drafting;
using Dossier.Model;

namespace Dossier.Tests.Drafting;

/// <summary>Pieces of a seed, their titles, dates, sub-headings and the page furniture to drop.</summary>
public sealed class ArticleTests
{
    [Theory]
    [InlineData("Share via")]
    [InlineData("Copy link")]
    [InlineData("Read More: Floods close the coast road")]
    [InlineData("Related Article: Floods close the coast road")]
    [InlineData("Copyright © 2021 Example Media")]
    [InlineData("Posted by admin |")]
    [InlineData("Politics | Europe, Trade, Harbours |")]
    [InlineData("3 Comments")]
    [InlineData("Leave a comment")]
    [InlineData("Tags: economy, trade")]
    [InlineData("Powered by Example Share")]
    [InlineData("AB/CD")]
    public void Page_furniture_is_boilerplate(string line)
    {
        Boilerplate.Kind(line).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("He shared a plan for the city.")]
    [InlineData("Related matters were left to the committee, the mayor said.")]
    [InlineData("The vote was 3 to 1 | a narrow margin.")]
    public void Prose_is_not_boilerplate(string line)
    {
        Boilerplate.Kind(line).ShouldBeNull();
    }

    [Fact]
    public void One_article_has_its_title_date_heading_and_furniture()
    {
        var draft = Drafts.Of("""
            Bridge to reopen in May, minister says

            Posted on January 10, 2020 by Lena Varga

            RIVERTON (Harbour Gazette) – The old bridge will reopen in May, the transport minister said on Friday.

            Cost of the works

            The repairs have cost twice what the council planned when the works began last spring.

            Share via
            Read More: Floods close the coast road
            """);
        var article = draft.Articles.ShouldHaveSingleItem();
        article.Title.ShouldBe("Bridge to reopen in May, minister says");
        article.Published.ShouldBe(new PartialDate(2020, 1, 10));
        article.Byline.ShouldBe("Lena Varga");
        article.Headings.ShouldBe(["Cost of the works"]);
        article.Drop.ShouldBe(["Bridge to reopen in May, minister says", "Posted on January 10, 2020 by Lena Varga", "Share via", "Read More: Floods close the coast road"]);
        article.ExcerptStart.ShouldBeNull();
        draft.Outlets.ShouldHaveSingleItem().Name.ShouldBe("Harbour Gazette");
        article.Outlet.ShouldBe("harbour-gazette");
        article.Evidence.ShouldContain(e => e.Rule == "date-line" && e.Line == 3);
    }

    [Fact]
    public void A_page_of_posts_gives_one_article_per_post()
    {
        var draft = Drafts.Of("""
            The ferry company cut its winter timetable to two crossings a day, citing the cost of fuel.
            March 3, 2021
            Posted by harbourwatch |
            Transport | Ferries, Winter |
            2 Comments
            The council voted to keep the old lighthouse lit through the winter months.
            “It has guided boats home for a century,” Ruth Ambler said.
            March 2, 2021
            Posted by harbourwatch |
            Heritage | Lighthouse |
            Leave a comment
            """);
        draft.Articles.Count.ShouldBe(2);
        draft.Articles.Select(a => a.Published?.Iso).ShouldBe(["2021-03-03", "2021-03-02"]);
        draft.Articles[1].ExcerptStart.ShouldNotBeNull().ShouldStartWith("The council voted");
        draft.Articles[1].ExcerptEnd.ShouldBe("Leave a comment");
        draft.Articles[1].Drop.ShouldContain("Posted by harbourwatch |");
        draft.Quotes.ShouldHaveSingleItem().Article.ShouldBe(draft.Articles[1].Id);
        draft.Articles.Select(a => a.Outlet).Distinct().ShouldHaveSingleItem().ShouldBe("harbourwatch");
    }

    [Fact]
    public void A_known_outlet_is_matched_by_name()
    {
        using var dossier = Support.TestDossier.Create(Support.TestDossier.Minimal);
        var draft = Drafts.Of("RIVERTON (Courier) – The old bridge will reopen in May, the transport minister said on Friday.", Drafts.Load(dossier));
        draft.Articles.Single().Outlet.ShouldBe("courier");
        draft.Outlets.ShouldBeEmpty();
    }

    [Fact]
    public void Article_ids_are_new()
    {
        using var dossier = Support.TestDossier.Create(Support.TestDossier.Minimal);
        var known = Drafts.Load(dossier);
        var draft = Drafter.Draft(known, [new SeedFile("a.txt", "Report\n\nThe bridge reopened."), new SeedFile("b.txt", "Report\n\nThe bridge closed.")]);
        draft.Articles.Select(a => a.Id).ShouldBe(["report-2", "report-3"]);
    }
}
