using System.Text.RegularExpressions;
using Dossier.Tests.Diagnostics;
using Dossier.Tests.Snapshots;
using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>
/// The search page as a reader uses it, in real Chromium over file:// with the network refused, so that the
/// shipped search.js and the index's shards are what is tested: what comes first for what a reader types on the
/// real dossier, both search boxes, and payloads in every field shown as text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchTests
{
    /// <summary>What a reader types, and the page they expect at the top, with why.</summary>
    public static TheoryData<string, string> Queries() => new()
    {
        { "soleim", "actors/qassem-soleimani.html" },                              // the start of a name, found through an alias
        { "Qassem Soleimani", "actors/qassem-soleimani.html" },                    // a whole name, over events titled with it
        { "suleimani", "actors/qassem-soleimani.html" },                           // another spelling, listed as an alias
        { "qasim", "actors/qassem-soleimani.html" },                               // an alias, over the quote that prints it
        { "Ein Al-Assad", "places/ain-al-asad.html" },                             // a place's alias
        { "ain al asad", "places/ain-al-asad.html" },                              // the name without its dash
        { "FNA", "outlets/fars-news-agency.html" },                                // an outlet's alias, over an article titled with it
        { "fars", "outlets/fars-news-agency.html" },                               // the start of an outlet's name
        { "ROUH", "actors/hassan-rouhani.html" },                                  // case does not matter
        { "baghdad", "places/baghdad.html" },                                      // the name itself before names that begin with it
        { "baghdad airport", "places/baghdad-international-airport.html" },        // two words of one name, not side by side
        { "tehran times", "outlets/tehran-times.html" },                           // an outlet, not the city in its name
        { "tehr", "places/tehran.html" },                                          // the name the letters cover most of
        { "Mevlüt Çavuşoğlu", "actors/mevlut-cavusoglu.html" },                    // accents typed, none in the name
        { "asa’ib", "actors/asaib-ahl-al-haq.html" },                              // a curly apostrophe for a straight one
        { "takht–ravanchi", "actors/majid-takht-ravanchi.html" },                  // an en dash for a hyphen
        { "abdul-mahdi", "actors/adel-abdul-mahdi.html" },                         // the person, over events whose titles start with the name
        { "iraq", "actors/iraq.html" },                                            // the state, over Iraqi Army, Iraq News Now, ...
        { "IRGC", "actors/irgc.html" },                                            // an alias, over a name beginning with it
        { "quds force", "actors/irgc-quds-force.html" },
        { "incerlik", "places/incirlik-air-base.html" },                           // a misspelling the texts print, as an alias
        { "aljazeera", "outlets/al-jazeera.html" },
        { "Kurdistan 24", "outlets/kurdistan-24.html" },                           // a name with a number
        { "muhandis", "actors/abu-mahdi-al-muhandis.html" },                       // the last word of a name
        { "us embassy", "places/us-embassy-baghdad.html" },                        // an alias, over event titles naming the embassy
        { "seely letter", "events/seely-withdrawal-letter.html" },                 // an event's title, over the claim about it
        { "two journalists", "events/basra-journalists-killed.html" },             // an event's title, over the article with the same words
        { "fought heroically", "quotes/rouhani-soleimani-fought-heroically.html" }, // words of a quote
        { "“final answer”", "quotes/rouhani-final-answer-kick-us-forces-out-of-region.html" }, // in curly quotes; the quote, over a summary citing it
        { "sprayed them with bull", "quotes/jfo-armed-men-sprayed-them-with-bullets.html" }, // a quote's words, the last one begun
        { "khamenei slapped", "quotes/khamenei-americans-were-slapped.html" },     // the speaker and a word of what he said
        { "how many missiles", "claims/how-many-missiles-hit-ain-al-asad.html" },  // a contested claim's question
        { "air defences", "claims/were-us-air-defenses-active-at-ain-al-asad.html" },
        { "military chief predicts", "articles/tehrantimes-bagheri-resistance-will-expel-us.html" }, // an article's headline
    };

    [ChromiumTheory]
    [MemberData(nameof(Queries))]
    public async Task The_first_result_is_what_the_reader_looks_for(string query, string expected)
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Real.Output, "search.html");
        var page = session.Page;

        await page.Locator("#search-input").FillAsync(query);
        await OfflineBrowser.SearchFinished(page);

        (await page.Locator("#search-results li a").First.GetAttributeAsync("href")).ShouldBe(expected, $"first result for \"{query}\"");
        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task Names_come_first_labelled_with_their_kind_and_matched_words_marked()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Real.Output, "search.html");
        var page = session.Page;
        await page.GotoAsync(OfflineBrowser.FileUrl(BuiltSite.Real.Output, "search.html") + "?q=soleim");
        await OfflineBrowser.SearchFinished(page);

        var groups = await page.Locator(".search-group h2").AllTextContentsAsync();
        groups[0].ShouldStartWith("Names");
        groups.ShouldContain(g => g.StartsWith("Quotes", StringComparison.Ordinal));
        var first = page.Locator(".search-group").First.Locator("li").First;
        (await first.Locator(".search-kind").TextContentAsync()).ShouldBe("Actor");
        (await first.Locator("a mark").TextContentAsync()).ShouldBe("Soleimani");
        // A quote found by a word of its text shows the word marked in it.
        var quote = page.Locator(".search-group", new() { Has = page.Locator("h2", new() { HasTextString = "Quotes" }) }).Locator("li").First;
        (await quote.Locator(".search-kind").TextContentAsync()).ShouldBe("Quote");
        (await quote.Locator("mark").First.TextContentAsync()).ShouldStartWith("Soleimani");
    }

    [ChromiumFact]
    public async Task Both_search_boxes_on_the_search_page_drive_the_results_and_the_address()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Real.Output, "search.html");
        var page = session.Page;
        var header = page.Locator("#site-search-input");
        var own = page.Locator("#search-input");

        await header.PressSequentiallyAsync("rouh");
        await OfflineBrowser.SearchFinished(page);
        (await page.Locator("#search-results li a").First.GetAttributeAsync("href")).ShouldBe("actors/hassan-rouhani.html");
        page.Url.ShouldEndWith("/search.html?q=rouh");
        (await own.InputValueAsync()).ShouldBe("rouh");

        await own.FillAsync("");
        await own.PressSequentiallyAsync("fars");
        await OfflineBrowser.SearchFinished(page);
        (await page.Locator("#search-results li a").First.GetAttributeAsync("href")).ShouldBe("outlets/fars-news-agency.html");
        page.Url.ShouldEndWith("/search.html?q=fars");
        (await header.InputValueAsync()).ShouldBe("fars");

        // Enter in the header's box searches here rather than loading the page again.
        await header.FillAsync("tehran times");
        await header.PressAsync("Enter");
        await OfflineBrowser.SearchFinished(page);
        (await page.Locator("#search-results li a").First.GetAttributeAsync("href")).ShouldBe("outlets/tehran-times.html");
        page.Url.ShouldEndWith("/search.html?q=tehran%20times");
        session.Errors.ShouldBeEmpty();
        session.Leaving.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task Payloads_in_every_field_show_in_results_as_text_and_run_nowhere()
    {
        using var dossier = TestDossier.Create(MarkupInjectionTests.Dossier);
        dossier.Build().Succeeded.ShouldBeTrue();
        await using var session = await OfflineBrowser.OpenAsync(dossier.Paths.Output, "search.html");
        var page = session.Page;
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        await page.GotoAsync(OfflineBrowser.FileUrl(dossier.Paths.Output, "search.html") + "?q=alert");
        await OfflineBrowser.SearchFinished(page);

        var results = page.Locator("#search-results");
        (await results.Locator("img, svg, script, iframe").CountAsync()).ShouldBe(0);
        var text = await results.TextContentAsync() ?? "";
        // Names and titles, details and aliases, each payload whole.
        foreach (var field in new[] { 7, 8, 11, 13, 18, 20, 23, 27, 31, 34 }) text.ShouldContain(Payload(field));

        // Longer texts show in a snippet where the title lacks the word: a byline, a claim's answer.
        foreach (var field in new[] { 24, 29 })
        {
            await page.Locator("#search-input").FillAsync($"F{field}");
            await OfflineBrowser.SearchFinished(page);
            (await results.Locator(".search-snippet").First.TextContentAsync() ?? "").ShouldContain(Payload(field));
            (await results.Locator("img, svg, script, iframe").CountAsync()).ShouldBe(0);
        }
        dialogs.ShouldBeEmpty();
        session.Errors.ShouldBeEmpty();
    }

    private static string Payload(int field) => $"F{field} <script>alert(1)</script> \"><img src=x onerror=alert(2)> '><svg onload=alert(3)>";
}
