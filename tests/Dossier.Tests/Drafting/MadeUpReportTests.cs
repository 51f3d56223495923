using Dossier.Model;

namespace Dossier.Tests.Drafting;

/// <summary>A whole made-up wire report in another house style (straight marks, "By" line, dateline with a region), drafted from nothing.</summary>
public sealed class MadeUpReportTests
{
    private const string Report = """
        Storm forces evacuation of coastal towns

        By Jane Miller

        Published 14 March 2023

        PORTHAVEN, North Coast (Coastal Wire) — Thousands of residents were ordered to leave their homes on Monday as a storm pushed sea water into three towns.

        "We are asking everyone in the low-lying streets to go now, not tomorrow," Regional Premier Tim Halvorsen told a news conference on Monday afternoon.

        Halvorsen said the region had opened 14 shelters. "There is room for everyone who needs it," he added.

        The Northern Red Cross said in a statement that volunteers were on their way. "Our teams will stay as long as they are needed," the statement said.

        Paul Lebrun, a fisherman, watched the water rise from his porch. "I've seen plenty of storms in my life," he said. "I have never seen the harbour come up the street."

        According to the weather service, winds could reach 120 kilometres an hour overnight.

        Mayor Anne Corbin called the damage "heartbreaking" but said the town "will rebuild, as it always has."

        Share this:
        Related: Power cut to 80,000 homes
        © 2023 Coastal Wire. All rights reserved.
        """;

    private static readonly Dossier.Drafting.Draft Draft = Drafts.Of(Report);

    [Theory]
    [InlineData("We are asking", "Tim Halvorsen")]
    [InlineData("There is room", "Tim Halvorsen")]
    [InlineData("Our teams", "Northern Red Cross")]
    [InlineData("I've seen plenty", "Paul Lebrun")]
    [InlineData("I have never seen", "Paul Lebrun")]
    [InlineData("heartbreaking", "Anne Corbin")]
    [InlineData("will rebuild", "Anne Corbin")]
    public void Every_quotation_has_its_speaker(string startsWith, string speaker)
    {
        Draft.Quote(startsWith).Speaker.Name.ShouldBe(speaker);
    }

    [Fact]
    public void The_article_is_read_like_an_editor_would()
    {
        var article = Draft.Articles.ShouldHaveSingleItem();
        article.Title.ShouldBe("Storm forces evacuation of coastal towns");
        article.Byline.ShouldBe("Jane Miller");
        article.Published.ShouldBe(new PartialDate(2023, 3, 14));
        article.Outlet.ShouldBe("coastal-wire");
        article.Drop.ShouldBe([
            "Storm forces evacuation of coastal towns", "By Jane Miller", "Published 14 March 2023", "Share this:",
            "Related: Power cut to 80,000 homes", "© 2023 Coastal Wire. All rights reserved."]);
        article.Headings.ShouldBeEmpty();
    }

    [Fact]
    public void The_speakers_are_proposed_once_each_and_only_statements_are_confident()
    {
        Draft.Actors.Select(a => a.Name).ShouldBe(["Tim Halvorsen", "Northern Red Cross", "Paul Lebrun", "Anne Corbin"], ignoreOrder: true);
        Draft.Quote("heartbreaking").Evidence.Confidence.ShouldBeLessThan(0.5);
        Draft.Quote("We are asking").Evidence.Confidence.ShouldBeGreaterThanOrEqualTo(0.5);
        Draft.Quote("We are asking").Said.ShouldBe(new PartialDate(2023, 3, 13));
    }
}
