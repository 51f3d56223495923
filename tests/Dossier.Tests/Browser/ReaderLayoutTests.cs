using System.Text.Json;
using Dossier.Tests.Snapshots;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>
/// What a reader sees in real Chromium: the time axis puts events where their dates fall, and on a 390 px phone and a
/// 1,280 px screen no page scrolls sideways, no picture's text runs out of its picture and every bar's count stands
/// beside its bar.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderLayoutTests
{
    [ChromiumFact]
    public async Task The_time_axis_places_events_in_date_order_and_in_proportion_to_their_dates()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Mini.Output, "timeline.html");
        var marks = await session.Page.EvaluateAsync<JsonElement>(
            "[...document.querySelectorAll('svg.time-drawing.wide a')].map(a => [a.getAttribute('href'), +a.querySelector('circle').getAttribute('cx')])");
        var x = marks.EnumerateArray().ToDictionary(m => m[0].GetString()!, m => m[1].GetDouble());

        // Storm 1 March, harbour closed 2 March, relief fund 4 March: one period, so the gaps are one day and two days.
        var (storm, closed, fund) = (x["events/storm.html"], x["events/harbour-closed.html"], x["events/relief-fund.html"]);
        storm.ShouldBeLessThan(closed);
        closed.ShouldBeLessThan(fund);
        ((fund - closed) / (closed - storm)).ShouldBe(2.0, tolerance: 0.02);
        session.Errors.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task The_real_timeline_numbers_its_marks_in_list_order_and_breaks_long_gaps()
    {
        await using var session = await OfflineBrowser.OpenAsync(BuiltSite.Real.Output, "timeline.html");
        var page = session.Page;

        // Within each period the numbered marks stand left to right in the order of the list.
        var periods = await page.EvaluateAsync<JsonElement>(
            "[...document.querySelectorAll('svg.time-drawing.wide')].map(svg => [...svg.querySelectorAll('a')].map(a => [+a.querySelector('text').textContent, +a.querySelector('circle').getAttribute('cx'), a.getAttribute('aria-label')]))");
        foreach (var period in periods.EnumerateArray())
        {
            var marks = period.EnumerateArray().Select(m => (Number: m[0].GetInt32(), X: m[1].GetDouble(), Label: m[2].GetString()!)).OrderBy(m => m.Number).ToArray();
            var dated = marks.Where(m => System.Text.RegularExpressions.Regex.IsMatch(m.Label, @"^\d+\. \d{1,2} [A-Z]")).ToArray();
            for (var i = 1; i < dated.Length; i++) dated[i].X.ShouldBeGreaterThanOrEqualTo(dated[i - 1].X, dated[i].Label);
        }
        (await page.Locator(".time-break").AllTextContentsAsync()).ShouldContain("10 years later");
        (await page.Locator(".timeline-list .number").First.TextContentAsync()).ShouldBe("1");

        await page.Locator("svg.time-drawing.wide a").First.ClickAsync();
        page.Url.ShouldContain("/events/");
        session.Errors.ShouldBeEmpty();
    }

    private static readonly (string Dossier, string Path)[] LayoutPages =
    [
        ("real", "index.html"), ("real", "timeline.html"), ("real", "network.html"), ("real", "book.html"),
        ("real", "actors/adel-abdul-mahdi.html"), ("real", "events/iran-missile-strikes-on-ain-al-asad-and-erbil.html"),
        ("real", "places/ain-al-asad.html"), ("real", "claims/index.html"), ("real", "claims/us-casualties-in-iranian-missile-strikes.html"),
        ("real", "quotes/abdul-mahdi-requests-delegates-for-withdrawal.html"), ("real", "articles/aletho-2020-01-14-nujaba-calls-for-resistance.html"),
        ("real", "events/index.html"), ("real", "quotes/index.html"), ("mini", "search.html"),
    ];

    /// <summary>Each page at a phone's width and at a laptop's, where an article's notes stand in a column beside its text.</summary>
    public static TheoryData<string, string, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 390, 1280 })
        {
            foreach (var (dossier, path) in LayoutPages) data.Add(dossier, path, width);
        }
        return data;
    }

    [ChromiumTheory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Nothing_scrolls_sideways_no_picture_text_leaves_its_picture_and_every_bar_count_is_beside_its_bar(string dossier, string path, int width)
    {
        var site = dossier == "mini" ? BuiltSite.Mini : BuiltSite.Real;
        await using var session = await OfflineBrowser.OpenAsync(site.Output, path, width: width);
        var page = session.Page;

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, "the page scrolls sideways");
        // Elements inside a box that scrolls on its own (the sections menu) may run past the edge, and the skip link waits
        // off screen until it has the focus; nothing else may.
        var wide = await page.EvaluateAsync<JsonElement>("""
            [...document.body.querySelectorAll('*')].filter(e => {
              if (e.closest('.site-nav ul, .skip-link, .visually-hidden')) return false;
              const r = e.getBoundingClientRect();
              return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
            }).slice(0, 5).map(e => e.tagName + '.' + e.className.baseVal + e.className + ' ' + (e.textContent || '').slice(0, 40))
            """);
        wide.EnumerateArray().Select(e => e.GetString()).ShouldBeEmpty();

        var outside = await page.EvaluateAsync<JsonElement>("""
            [...document.querySelectorAll('svg text')].filter(t => t.getClientRects().length > 0).filter(t => {
              const svg = t.ownerSVGElement, box = svg.viewBox.baseVal, b = t.getBBox();
              return b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5;
            }).slice(0, 5).map(t => t.textContent)
            """);
        outside.EnumerateArray().Select(e => e.GetString()).ShouldBeEmpty();

        // A bar that takes more room than its column has (an article's notes, beside the text) pushes its count off the
        // screen: every count must stand after its bar, on the screen.
        var pushedOut = await page.EvaluateAsync<JsonElement>("""
            [...document.querySelectorAll('.bar-chart li')].filter(li => {
              const bar = li.querySelector('svg.bar').getBoundingClientRect(), count = li.querySelector('.count').getBoundingClientRect();
              return bar.width < 1 || count.width < 1 || count.left < bar.right - 0.5 || count.right > innerWidth + 0.5;
            }).slice(0, 5).map(li => li.textContent.trim())
            """);
        pushedOut.EnumerateArray().Select(e => e.GetString()).ShouldBeEmpty();
        session.Errors.ShouldBeEmpty();
    }
}
