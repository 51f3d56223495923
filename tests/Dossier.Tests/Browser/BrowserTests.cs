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
        await page.WaitForURLAsync("**/search.html?q=*");
        var first = page.Locator("#search-results li").First;
        (await first.Locator("a").TextContentAsync()).ShouldBe("Ana Lima");
        (await first.Locator(".search-kind").TextContentAsync()).ShouldBe("Actor");
        (await first.Locator("mark").First.TextContentAsync()).ShouldBe("Lima");

        var input = page.Locator("#search-input");
        await input.FillAsync("fanta");
        var quote = page.Locator(".search-group", new() { HasText = "Quotes" }).Locator("a").First;
        (await quote.TextContentAsync()).ShouldBe("Three days is a fantasy – it will take three weeks.");
        await input.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldNotBeNullOrEmpty("results are reachable with the keyboard");
        await quote.ClickAsync();
        page.Url.ShouldEndWith("/quotes/reyes-three-weeks.html");

        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }
}
