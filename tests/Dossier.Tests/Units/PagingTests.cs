using Dossier.Rendering;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Tests.Units;

/// <summary>Lists that go on over several pages: where the pages go, what each holds, and the page list a reader follows.</summary>
public sealed class PagingTests
{
    [Theory]
    [InlineData("actors/index.html", 1, "actors/index.html")]
    [InlineData("actors/index.html", 2, "actors/page-2.html")]
    [InlineData("actors/ana-lima/quotes.html", 1, "actors/ana-lima/quotes.html")]
    [InlineData("actors/ana-lima/quotes.html", 12, "actors/ana-lima/quotes-12.html")]
    [InlineData("book/events.html", 3, "book/events-3.html")]
    public void The_first_page_keeps_the_list_s_address_and_the_others_sit_beside_it(string first, int number, string route)
    {
        Paging.Route(first, number).ShouldBe(route);
    }

    [Fact]
    public void A_list_is_cut_at_the_item_limit_in_order_and_nothing_is_lost()
    {
        var pages = Paging.Split(Enumerable.Range(1, 7).ToArray(), new PageLimits(Items: 3, Bytes: 1_000_000));

        pages.ShouldBe([[1, 2, 3], [4, 5, 6], [7]]);
    }

    [Fact]
    public void A_list_of_heavy_entries_is_cut_sooner_by_their_bytes_and_an_entry_heavier_than_a_page_has_one_of_its_own()
    {
        string[] texts = ["aaaa", "bbbb", "cccc", new string('x', 50), "dd"];

        var pages = Paging.Split(texts, new PageLimits(Items: 100, Bytes: 10));

        pages.ShouldBe([["aaaa", "bbbb"], ["cccc"], [new string('x', 50)], ["dd"]]);
    }

    [Fact]
    public void An_empty_list_has_one_empty_page()
    {
        Paging.Split(Array.Empty<int>(), PageLimits.Default).ShouldBe([Array.Empty<int>()]);
    }

    [Fact]
    public void A_group_cut_by_a_page_break_goes_on_under_its_heading_marked_as_continued()
    {
        (string Key, IReadOnlyList<int> Items)[] groups = [("People", [1, 2, 3]), ("States", [4]), ("Groups", [5, 6])];

        var pages = Paging.Split(groups, new PageLimits(Items: 2, Bytes: 1_000_000));

        pages.Select(p => p.Select(g => $"{g.Key}{(g.Continued ? " (continued)" : "")}: {string.Join(",", g.Items)}")).ShouldBe([
            ["People: 1,2"],
            ["People (continued): 3", "States: 4"],
            ["Groups: 5,6"],
        ]);
    }

    [Fact]
    public void The_weight_of_an_entry_counts_the_utf8_bytes_of_every_text_it_carries()
    {
        var plain = Paging.Weight(new Link("Ana", "a.html"));
        var accented = Paging.Weight(new Link("Ána", "a.html"));

        accented.ShouldBe(plain + 1);
        Paging.Weight(new ListEntry(new Link("Ana", "a.html"), "3 quotes")).ShouldBeGreaterThan(plain + "3 quotes".Length);
    }

    [Fact]
    public void Every_page_of_a_list_links_to_the_pages_either_side_of_it()
    {
        var pages = Paging.Pages("actors/index.html", ["a", "b", "c"], (number, part, pager) =>
            new Page(Paging.Route("actors/index.html", number), "list", part, [], pager!));

        pages.Select(p => (p.Path, p.Previous, p.Next)).ShouldBe([
            ("actors/index.html", null, "actors/page-2.html"),
            ("actors/page-2.html", "actors/index.html", "actors/page-3.html"),
            ("actors/page-3.html", "actors/page-2.html", null),
        ]);
        pages.Select(p => ((Pager)p.View).Number).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_page_list_and_no_neighbours()
    {
        var pages = Paging.Pages("actors/index.html", ["a"], (number, part, pager) => new Page("actors/index.html", "list", part, [], (object?)pager ?? "none"));

        pages.ShouldHaveSingleItem().View.ShouldBe("none");
        (pages[0].Previous, pages[0].Next).ShouldBe((null, null));
    }

    [Theory]
    [InlineData(1, 3, "[1] 2 3")]
    [InlineData(1, 60, "[1] 2 3 … 60")]
    [InlineData(4, 60, "1 2 3 [4] 5 6 … 60")]
    [InlineData(30, 60, "1 … 28 29 [30] 31 32 … 60")]
    [InlineData(60, 60, "1 … 58 59 [60]")]
    public void The_page_list_shows_the_first_and_last_pages_and_two_either_side_of_the_current_one(int number, int count, string shown)
    {
        var pager = Paging.Pager("quotes/index.html", number, count);

        string.Join(" ", pager.Pages.Select(p => p.Current ? $"[{p.Text}]" : p.Text)).ShouldBe(shown);
        pager.Pages.Where(p => p.Text == "…").ShouldAllBe(p => p.Href == null);
        pager.Pages.Single(p => p.Current).Href.ShouldBe(number == 1 ? "index.html" : $"page-{number}.html");
        pager.Previous.ShouldBe(number == 1 ? null : number == 2 ? "index.html" : $"page-{number - 1}.html");
        pager.Next.ShouldBe(number == count ? null : $"page-{number + 1}.html");
    }
}
