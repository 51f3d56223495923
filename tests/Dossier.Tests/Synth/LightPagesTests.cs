using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering;
using Dossier.Rendering.Pages;

namespace Dossier.Tests.Synth;

/// <summary>
/// No page grows heavy however large the dossier: on a generated dossier whose lists go on over many pages, every
/// page stays within what the limits allow, every list's pages lead from one to the next and together hold each of
/// its entries exactly once, and entities' pages show only the latest few of each long list with a link to them all.
/// </summary>
public sealed partial class LightPagesTests(PagedSyntheticSite site) : IClassFixture<PagedSyntheticSite>
{
    // What a page carries besides its lists (head, navigation, headings, the book's contents), at most.
    private const int Furniture = 40_000;

    private static readonly HtmlParser Parser = new();
    private static readonly PageLimits Limits = PagedSyntheticSite.Limits;

    private IDocument Parse(string page) => Parser.ParseDocument(site.Read(page));

    /// <summary>Where a link on <paramref name="page"/> leads, as a path under the output folder, without its #fragment.</summary>
    private static string Resolve(string page, string href) =>
        Uri.UnescapeDataString(new Uri(new Uri("file:///site/" + page), href).AbsolutePath["/site/".Length..]);

    [Fact]
    public void The_generated_dossier_builds_and_its_lists_go_on_over_several_pages()
    {
        site.Result.Diagnostics.Where(d => d.Severity == Dossier.Diagnostics.Severity.Error).Select(d => d.Format()).ShouldBeEmpty();
        site.Pages().ShouldContain("quotes/page-3.html");
        site.Pages().ShouldContain(p => p.StartsWith("outlets/", StringComparison.Ordinal) && p.EndsWith("/quotes-2.html", StringComparison.Ordinal));
        site.Pages().ShouldContain("book/quotes-2.html");
    }

    [Fact]
    public void Every_page_stays_within_what_the_limits_allow()
    {
        // At the default limits that is well under the 500 KB a page may weigh.
        (2 * PageLimits.Default.Bytes + Furniture).ShouldBeLessThan(500_000);

        var bound = 2 * Limits.Bytes + Furniture;
        var heavy = site.Pages()
            .Where(p => p != "network.html") // drawn by the network chart, whose size its own layout bounds
            .Select(p => (Page: p, Bytes: new FileInfo(Path.Combine(site.Output, p)).Length))
            .Where(p => p.Bytes > bound)
            .Select(p => $"{p.Page}: {p.Bytes:N0} bytes")
            .ToArray();

        heavy.ShouldBeEmpty($"pages over {bound:N0} bytes");
    }

    [Fact]
    public void Every_index_leads_through_its_pages_and_holds_every_entity_of_its_kind_once()
    {
        foreach (var kind in EntityKinds.All)
        {
            var entities = site.Pages().Where(p => p.StartsWith(kind.Folder + "/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1
                && !IndexPage().IsMatch(p)).ToArray();

            var entries = Walk(kind.IndexRoute, (page, document) => document.QuerySelectorAll("ul.entries > li > a, .who-says-what tbody > tr > th > a").Select(a => Resolve(page, a.GetAttribute("href")!)));

            entries.ShouldBe(entities.Order(StringComparer.Ordinal), ignoreOrder: true, kind.Name);
        }
    }

    [Fact]
    public void Every_full_list_leads_through_its_pages_and_holds_as_many_entries_as_it_says_each_once()
    {
        var lists = site.Pages().Where(p => FullListPage().IsMatch(p)).ToArray();
        lists.Length.ShouldBeGreaterThan(20);
        foreach (var first in lists)
        {
            var entries = Walk(first, (page, document) => document.QuerySelectorAll(".quote-list blockquote a, .article-list > li > a:first-of-type, .event-list > li > a")
                .Select(a => Resolve(page, a.GetAttribute("href")!)));

            entries.Count.ShouldBe(InAll(Parse(first).QuerySelector(".intro")!.TextContent), first);
            entries.Distinct().Count().ShouldBe(entries.Count, $"{first} lists an entry twice");
        }
    }

    [Fact]
    public void An_actor_s_full_list_of_quotes_holds_exactly_the_quotes_the_actor_said()
    {
        var checkedLists = 0;
        foreach (var actor in site.Content.All<Actor>())
        {
            var first = $"actors/{actor.Id}/quotes.html";
            if (!File.Exists(Path.Combine(site.Output, first))) continue;

            var quotes = Walk(first, (page, document) => document.QuerySelectorAll(".quote-list blockquote a").Select(a => Resolve(page, a.GetAttribute("href")!)));

            quotes.ShouldBe(site.Content.All<Quote>().Where(q => q.Speaker.Id == actor.Id).Select(q => q.Route), ignoreOrder: true, first);
            checkedLists++;
        }
        checkedLists.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Entities_pages_show_the_latest_few_of_each_long_list_and_link_to_all_of_them()
    {
        var linked = 0;
        foreach (var page in site.Pages().Where(p => EntityPage().IsMatch(p) && !IndexPage().IsMatch(p)))
        {
            var document = Parse(page);
            foreach (var section in document.QuerySelectorAll("main section").Where(s => s.Id != "chain"))
            {
                var shown = section.QuerySelectorAll("ul.quote-list > li, ul.article-list > li, ul.event-list > li").Length;
                shown.ShouldBeLessThanOrEqualTo(Limits.Preview, $"{page} #{section.Id}");

                if (section.QuerySelector(".all-link a") is not { } all) continue;
                var count = int.Parse(AllCount().Match(all.TextContent).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                count.ShouldBeGreaterThan(Limits.Preview, $"{page} #{section.Id}");
                shown.ShouldBe(Limits.Preview, $"{page} #{section.Id}");
                InAll(Parse(Resolve(page, all.GetAttribute("href")!)).QuerySelector(".intro")!.TextContent).ShouldBe(count, $"{page} #{section.Id}");
                linked++;
            }
        }
        linked.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Every_chapter_of_the_briefing_book_leads_through_its_pages_and_together_they_hold_the_whole_dossier_once()
    {
        string[] Ids(string chapter, string selector, string attribute) =>
            Walk($"book/{chapter}.html", (page, document) => document.QuerySelectorAll(selector).Select(e => attribute == "href" ? Resolve(page, e.GetAttribute("href")!) : e.Id!)).ToArray();

        Ids("events", "section.book-entry[id^='event-']", "id").ShouldBe(site.Content.All<Event>().Select(e => $"event-{e.Id}"), ignoreOrder: true);
        Ids("claims", "section.book-entry[id^='claim-']", "id").ShouldBe(site.Content.All<Claim>().Select(c => $"claim-{c.Id}"), ignoreOrder: true);
        Ids("actors", "dt[id^='actor-']", "id").ShouldBe(site.Content.All<Actor>().Select(a => $"actor-{a.Id}"), ignoreOrder: true);
        Ids("quotes", ".quote-list blockquote a", "href").ShouldBe(site.Content.All<Quote>().Select(q => q.Route), ignoreOrder: true);
        Ids("sources", ".article-list > li > a:first-of-type", "href").ShouldBe(site.Content.All<Article>().Select(a => a.Route), ignoreOrder: true);
    }

    [Fact]
    public void The_book_s_pages_lead_from_one_to_the_next_in_reading_order_through_every_chapter()
    {
        var pages = new List<string> { "book.html" };
        while (Parse(pages[^1]).QuerySelector("link[rel=next]") is { } next)
        {
            var page = Resolve(pages[^1], next.GetAttribute("href")!);
            Resolve(page, Parse(page).QuerySelector("link[rel=prev]")!.GetAttribute("href")!).ShouldBe(pages[^1]);
            pages.Add(page);
        }

        pages.ShouldBe(site.Pages().Where(p => p == "book.html" || p.StartsWith("book/", StringComparison.Ordinal)), ignoreOrder: true);
        pages.Distinct().Count().ShouldBe(pages.Count);
        pages[1].ShouldBe("book/timeline.html");
        pages[^1].ShouldStartWith("book/sources");
    }

    /// <summary>
    /// Follows a list's page list from its first page to its last, checking each page's place in it, and returns
    /// the entries of every page in order. The pages followed must be all the list's pages there are.
    /// </summary>
    private List<string> Walk(string first, Func<string, IDocument, IEnumerable<string>> entriesOf)
    {
        var pages = new List<string>();
        var entries = new List<string>();
        for (var page = first; page is not null;)
        {
            pages.Add(page);
            var document = Parse(page);
            var number = pages.Count;
            var onPage = entriesOf(page, document).ToArray();
            onPage.Length.ShouldBeLessThanOrEqualTo(Limits.Items, page);
            entries.AddRange(onPage);

            var head = (Prev: document.QuerySelector("link[rel=prev]")?.GetAttribute("href"), Next: document.QuerySelector("link[rel=next]")?.GetAttribute("href"));
            var pager = document.QuerySelector("nav.pager");
            if (pager is null)
            {
                // A list that fits on one page has no page list, and no neighbours (the book's head links lead on to other chapters).
                number.ShouldBe(1, page);
                if (!page.StartsWith("book", StringComparison.Ordinal)) head.ShouldBe((null, null), page);
                page = null;
                continue;
            }
            pager.QuerySelector("a[aria-current=page]")!.TextContent.ShouldBe(number.ToString(CultureInfo.InvariantCulture), page);
            var previous = pager.QuerySelector("a[rel=prev]")?.GetAttribute("href");
            var next = pager.QuerySelector("a[rel=next]")?.GetAttribute("href");
            (previous is null ? null : Resolve(page, previous)).ShouldBe(number == 1 ? null : pages[^2], page);
            if (!page.StartsWith("book", StringComparison.Ordinal))
                (Resolve(page, head.Prev ?? page), Resolve(page, head.Next ?? page)).ShouldBe((Resolve(page, previous ?? page), Resolve(page, next ?? page)), page);
            page = next is null ? null : Resolve(page, next);
        }

        var count = pages.Count;
        if (count > 1) Parse(first).QuerySelector(".page-of")!.TextContent.ShouldStartWith($"Page 1 of {count}");
        // The list's later pages sit beside its first (Paging.Route): page-2.html beside index.html, quotes-2.html beside quotes.html.
        var prefix = Paging.Route(first, 2)[..^"2.html".Length];
        var others = site.Pages().Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && PageNumber().IsMatch(p[prefix.Length..]));
        pages.ShouldBe(others.Prepend(first), ignoreOrder: true, $"the pages of {first}");
        return entries;
    }

    /// <summary>"1,234 in all, in date order." → 1234.</summary>
    private static int InAll(string intro) =>
        int.Parse(InAllCount().Match(intro).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Fact]
    public void The_network_page_names_the_strongest_ties_of_each_event_and_counts_the_rest_for_its_page()
    {
        var document = Parse("network.html");
        var involved = Dossier.Rendering.Charts.NetworkLayout.Edges(site.Content)
            .GroupBy(e => e.Event.Id).ToDictionary(g => g.Key, g => g.Count());
        var events = document.QuerySelectorAll(".event-ties > li");
        events.Length.ShouldBeGreaterThan(0);

        var counted = false;
        foreach (var item in events)
        {
            var link = item.QuerySelector("p > a")!.GetAttribute("href")!;
            var named = item.QuerySelectorAll(".ties > li:not(.more)").Length;
            var more = item.QuerySelector(".ties > li.more a");
            named.ShouldBeLessThanOrEqualTo(24, link);
            var rest = more is null ? 0 : int.Parse(more.TextContent.Split(' ')[0], CultureInfo.InvariantCulture);
            (named + rest).ShouldBe(involved[Path.GetFileNameWithoutExtension(link)], link);
            if (more is not null) { more.GetAttribute("href").ShouldBe(link); counted = true; }
        }
        counted.ShouldBeTrue("the generated dossier has events with more ties than a page names");
        document.QuerySelectorAll(".ties > li:not(.more)").Length.ShouldBeLessThanOrEqualTo(600);
        document.QuerySelectorAll(".tie-row a").Length.ShouldBeLessThanOrEqualTo(600);
    }

    [GeneratedRegex(@"^[a-z]+/[a-z0-9-]+/[a-z]+(-[a-z]+)*\.html$")]
    private static partial Regex FullListPage();

    [GeneratedRegex(@"^(actors|outlets|events|places)/[a-z0-9-]+\.html$")]
    private static partial Regex EntityPage();

    [GeneratedRegex(@"/(index|page-[0-9]+)\.html$")]
    private static partial Regex IndexPage();

    [GeneratedRegex(@"^[0-9]+\.html$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^All ([0-9,]+) ")]
    private static partial Regex AllCount();

    [GeneratedRegex(@"^([0-9,]+) in all")]
    private static partial Regex InAllCount();
}
