using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Tests.Snapshots;

/// <summary>
/// What the model says reaches the reader: places, statements issued through an office or spokesperson, reporting
/// chains, one article printing a statement twice, and answers with several claimants (the test dossier has each).
/// </summary>
public sealed class BriefingModelTests
{
    private static IDocument Page(string path) => new HtmlParser().ParseDocument(BuiltSite.Mini.Read(path));

    private static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Section(IDocument page, string id) => page.GetElementById(id)!.ParentElement!;

    [Fact]
    public void A_place_page_lists_its_events_the_quotes_at_them_and_the_articles_that_name_it()
    {
        var page = Page("places/portville-town-hall.html");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Portville town hall");
        Section(page, "events").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("../events/harbour-closed.html");
        Section(page, "quotes").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("../quotes/lima-will-not-reopen.html");
        Section(page, "articles").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("../articles/courier-harbour-closed.html");
    }

    [Fact]
    public void A_place_named_in_an_article_links_there_and_an_event_links_its_places()
    {
        Page("articles/courier-harbour-closed.html").QuerySelectorAll("a[href='../places/portville-town-hall.html']")
            .Select(a => a.TextContent).ShouldContain("town hall");
        Text(Page("events/storm.html").QuerySelector("dl.facts")!).ShouldContain("PlacePortville harbour");
        Text(Page("places/portville-harbour.html").QuerySelector("dl.facts")!).ShouldContain("43.66° N, 70.25° W");
    }

    [Fact]
    public void A_statement_issued_by_a_spokesperson_names_both_and_both_actor_pages_list_it()
    {
        Text(Page("quotes/reyes-three-weeks.html").QuerySelector("figcaption")!).ShouldStartWith("— Fishermen’s Guild, issued by Tom Reyes");
        Section(Page("actors/fishermens-guild.html"), "quotes").InnerHtml.ShouldContain("../quotes/reyes-three-weeks.html");
        Section(Page("actors/tom-reyes.html"), "quotes-issued").InnerHtml.ShouldContain("../quotes/reyes-three-weeks.html");
    }

    [Fact]
    public void A_report_shows_its_chain_from_the_speaker_through_the_cited_and_reposted_outlets_to_the_article()
    {
        var chains = Page("quotes/lima-will-not-reopen.html").QuerySelectorAll(".chain").Select(Text).ToArray();

        chains.ShouldBe(["Reporting chain: Ana Lima → Radio Port → Coast Courier → Harbour Digest"]);
    }

    [Fact]
    public void An_outlet_cited_only_as_a_source_has_a_page_with_what_was_taken_from_it()
    {
        var page = Page("outlets/radio-port.html");

        Text(Section(page, "articles")).ShouldContain("No article in the dossier was published here; articles cite it.");
        Section(page, "quotes-taken-from").InnerHtml.ShouldContain("../quotes/lima-will-not-reopen.html");
    }

    [Fact]
    public void An_article_that_prints_a_statement_twice_anchors_each_report_and_the_quote_page_links_both()
    {
        var article = Page("articles/courier-harbour-closed.html");
        article.GetElementById("q-lima-will-not-reopen")!.TextContent.ShouldStartWith("We will not reopen");
        article.GetElementById("q-lima-will-not-reopen-2")!.TextContent.ShouldBe("until every one of them is safe");

        Page("quotes/lima-will-not-reopen.html").QuerySelectorAll(".reports a").Select(a => a.GetAttribute("href"))
            .ShouldContain("../articles/courier-harbour-closed.html#q-lima-will-not-reopen-2");
    }

    [Fact]
    public void An_answer_given_by_one_actor_in_two_articles_is_one_card_with_both_reports()
    {
        var answers = Page("claims/repair-time.html").QuerySelectorAll(".answer").ToArray();

        answers.Length.ShouldBe(2);
        var threeDays = answers.Single(a => a.QuerySelector("h2")!.TextContent == "Three days");
        threeDays.QuerySelectorAll(".claimants > li").Select(Text).ShouldBe([
            "Claimed by Harbour Authority “repairs would take three days” Reported in Harbour closed after storm, mayor says — Coast Courier, 2 March 2021",
            "Claimed by Harbour Authority “Repairs will take three days” Reported in [Harbour stays closed] — Harbour Digest, 3 March 2021, taken from Coast Courier",
        ]);
    }
}
