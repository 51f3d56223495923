using Dossier.Tests.Snapshots;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>
/// Real Chromium over file:// with every network request refused: the site must work as a reader
/// opening it from disk. Skips with a reason where /usr/bin/chromium is not installed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests
{
    [ChromiumFact]
    public async Task A_reader_goes_from_home_to_an_actor_to_a_quote_to_the_article_anchor()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Mini.Output, "index.html");
        var page = session.Page;
        (await page.TitleAsync()).ShouldBe("Portville harbour storm");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ana Lima", Exact = true }).First.ClickAsync();
        page.Url.ShouldEndWith("/actors/ana-lima.html");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Ana Lima");

        await page.Locator(".quote-list a[href$='quotes/lima-will-not-reopen.html']").First.ClickAsync();
        page.Url.ShouldEndWith("/quotes/lima-will-not-reopen.html");

        await page.GetByRole(AriaRole.Link, new() { Name = "[Harbour stays closed]" }).ClickAsync();
        page.Url.ShouldEndWith("/articles/digest-harbour-closed.html#q-lima-will-not-reopen");
        (await page.Locator("mark#q-lima-will-not-reopen").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("mark#q-lima-will-not-reopen").TextContentAsync()).ShouldBe("We won’t reopen the harbour until every pier is safe");

        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await page.Locator(".timeline-list a", new() { HasText = "Relief fund announced" }).ClickAsync();
        page.Url.ShouldEndWith("/events/relief-fund.html");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Relief fund announced");

        var styled = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        styled.ShouldContain("system-ui", Case.Insensitive, "the stylesheet loads from disk");
        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task Search_finds_an_actor_and_a_quote_by_a_prefix_with_diacritics_and_case_folded()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Mini.Output, "index.html");
        var page = session.Page;

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the dossier" }).First.FillAsync("LÍM");
        await page.Keyboard.PressAsync("Enter");
        // Poll the address rather than wait for navigation events: a navigation from disk can be over before
        // Playwright starts listening, and waiting for its events timed out here about once in seven runs.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\.html\?q="));
        // Results are drawn again as each shard of the index arrives: wait for the last drawing, then read it.
        await OfflineBrowser.SearchFinished(page);
        var first = page.Locator("#search-results li").First;
        await Assertions.Expect(first.Locator("a")).ToHaveTextAsync("Ana Lima");
        await Assertions.Expect(first.Locator(".search-kind")).ToHaveTextAsync("Actor");
        await Assertions.Expect(first.Locator("mark").First).ToHaveTextAsync("Lima");

        var input = page.Locator("#search-input");
        await input.FillAsync("fanta");
        await OfflineBrowser.SearchFinished(page);
        var quote = page.Locator(".search-group", new() { HasText = "Quotes" }).Locator("a").First;
        await Assertions.Expect(quote).ToHaveTextAsync("Three days is a fantasy – it will take three weeks.");
        await input.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldNotBeNullOrEmpty("results are reachable with the keyboard");
        await quote.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/quotes/reyes-three-weeks\.html$"));

        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task A_reader_follows_an_index_s_page_list_from_the_first_page_to_the_last_and_back()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.MiniPaged.Output, "actors/index.html");
        var page = session.Page;
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        var seen = new List<string>();

        for (var number = 1; ; number++)
        {
            (await pager.Locator("[aria-current=page]").TextContentAsync()).ShouldBe(number.ToString());
            (await page.Locator(".page-of").TextContentAsync()).ShouldStartWith($"Page {number} of 3");
            seen.AddRange(await page.Locator("ul.entries a").AllTextContentsAsync());
            var next = pager.GetByRole(AriaRole.Link, new() { Name = "Next page" });
            if (await next.CountAsync() == 0) break;
            await next.ClickAsync();
            page.Url.ShouldEndWith($"/actors/page-{number + 1}.html");
        }

        page.Url.ShouldEndWith("/actors/page-3.html");
        seen.ShouldBe(["Ana Lima", "Tom Reyes", "Harbour Authority", "Portville", "Fishermen’s Guild"]);
        (await page.Locator("h2").AllTextContentsAsync()).ShouldBe(["Groups"]);
        await pager.GetByRole(AriaRole.Link, new() { Name = "1", Exact = true }).ClickAsync();
        page.Url.ShouldEndWith("/actors/index.html");
        (await pager.Locator("[aria-current=page]").TextContentAsync()).ShouldBe("1");
        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task A_reader_goes_from_an_actor_s_latest_articles_to_all_of_them_and_back()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.MiniPaged.Output, "actors/ana-lima.html");
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "All 3 articles that mention Ana Lima" }).ClickAsync();
        page.Url.ShouldEndWith("/actors/ana-lima/articles.html");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Articles that mention Ana Lima");
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        page.Url.ShouldEndWith("/actors/ana-lima/articles-2.html");
        await page.Locator(".breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "Ana Lima", Exact = true }).ClickAsync();
        page.Url.ShouldEndWith("/actors/ana-lima.html");
        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }
}
