using System.Collections;
using System.Globalization;
using System.Text;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>
/// Lists that go on over several pages: where each page goes, which entries it holds, and the way between them.
/// One mechanism for index pages, entities' full lists and the briefing book's chapters.
/// </summary>
public static class Paging
{
    // What the markup around each part of an entry (an item, a link) adds, roughly, to the text it carries.
    private const int MarkupPerPart = 40;

    /// <summary>
    /// Where page <paramref name="number"/> of a list goes: the first page keeps the list's own address
    /// ("actors/index.html", "actors/ana-lima/quotes.html"), later ones sit beside it ("actors/page-2.html",
    /// "actors/ana-lima/quotes-2.html"), so links between them name only a file.
    /// </summary>
    public static string Route(string first, int number)
    {
        if (number == 1) return first;
        var slash = first.LastIndexOf('/');
        var name = first[(slash + 1)..^".html".Length];
        return first[..(slash + 1)] + (name == "index" ? "page" : name) + "-" + number.ToString(CultureInfo.InvariantCulture) + ".html";
    }

    /// <summary>"Quotes" on the first page, "Quotes, page 2 of 7" on the others, so every page's title is its own.</summary>
    public static string Title(string title, int number, int count) => number == 1 ? title : $"{title}, page {number} of {count}";

    /// <summary>
    /// The entries in order, cut into pages of at most <see cref="PageLimits.Items"/> entries and about
    /// <see cref="PageLimits.Bytes"/> bytes; always at least one page, empty for an empty list. An entry heavier
    /// than a page's bytes gets a page of its own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, PageLimits limits, Func<T, int>? weight = null)
    {
        weight ??= item => Weight(item);
        var pages = new List<IReadOnlyList<T>>();
        var page = new List<T>();
        var bytes = 0;
        foreach (var item in items)
        {
            var size = weight(item);
            if (page.Count > 0 && (page.Count >= limits.Items || bytes + size > limits.Bytes))
            {
                pages.Add(page);
                page = [];
                bytes = 0;
            }
            page.Add(item);
            bytes += size;
        }
        pages.Add(page);
        return pages;
    }

    /// <summary>
    /// The entries <see cref="Split{T}"/> would put on the first page, taken as they come: for a list that holds only
    /// its first page's worth (the EPUB's chapters), so the rest of a long list is never weighed.
    /// </summary>
    public static IReadOnlyList<T> First<T>(IEnumerable<T> items, PageLimits limits, Func<T, int>? weight = null)
    {
        weight ??= item => Weight(item);
        var page = new List<T>();
        var bytes = 0;
        foreach (var item in items)
        {
            var size = weight(item);
            if (page.Count > 0 && (page.Count >= limits.Items || bytes + size > limits.Bytes)) break;
            page.Add(item);
            bytes += size;
        }
        return page;
    }

    /// <summary>
    /// Groups of entries (quotes under their speaker) cut into pages like <see cref="Split{T}"/>: a group cut by a
    /// page break goes on at the top of the next page under its heading again, marked as continued.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Part<TKey, T>>> Split<TKey, T>(IReadOnlyList<(TKey Key, IReadOnlyList<T> Items)> groups, PageLimits limits)
    {
        var entries = groups.SelectMany((group, g) => group.Items.Select((item, i) => (Group: g, Index: i, Item: item))).ToArray();
        return Split(entries, limits, e => Weight(e.Item))
            .Select(page => (IReadOnlyList<Part<TKey, T>>)page
                .GroupBy(e => e.Group)
                .Select(g => new Part<TKey, T>(groups[g.Key].Key, g.Select(e => e.Item).ToArray(), Continued: g.First().Index > 0))
                .ToArray())
            .ToArray();
    }

    /// <summary>
    /// The pages of a list cut by <see cref="Split{T}"/>, each made by <paramref name="page"/> from its number, its
    /// entries and its page list (none when the list fits on one page), and linked to the pages either side of it.
    /// </summary>
    public static IReadOnlyList<Page> Pages<T>(string first, IReadOnlyList<T> parts, Func<int, T, Pager?, Page> page) =>
        parts.Select((part, i) => page(i + 1, part, parts.Count > 1 ? Pager(first, i + 1, parts.Count) : null) with
        {
            Previous = i > 0 ? Route(first, i) : null,
            Next = i + 1 < parts.Count ? Route(first, i + 2) : null,
        }).ToArray();

    /// <summary>The page list of page <paramref name="number"/> of <paramref name="count"/>: the first and last pages, and two either side of this one.</summary>
    public static Pager Pager(string first, int number, int count)
    {
        string Href(int n) => FileName(Route(first, n));
        PageLink Numbered(int n) => new(n.ToString(CultureInfo.InvariantCulture), Href(n), n == number);

        var shown = new SortedSet<int> { 1, count };
        for (var n = Math.Max(1, number - 2); n <= Math.Min(count, number + 2); n++) shown.Add(n);
        var pages = new List<PageLink>();
        var before = 0;
        foreach (var n in shown)
        {
            // A gap of one page shows that page: "…" would take as much room and hide where it leads.
            if (n - before == 2) pages.Add(Numbered(n - 1));
            else if (n - before > 2) pages.Add(new PageLink("…", null, false));
            pages.Add(Numbered(n));
            before = n;
        }
        return new Pager(number, count, number > 1 ? Href(number - 1) : null, number < count ? Href(number + 1) : null, pages);
    }

    /// <summary>
    /// An estimate of the bytes an entry adds to a page: the UTF-8 bytes of every text it carries (names, addresses,
    /// wordings, summaries), and a little for the markup around each of its parts.
    /// </summary>
    public static int Weight(object? value)
    {
        switch (value)
        {
            case null: return 0;
            case string text: return Encoding.UTF8.GetByteCount(text);
            case IEnumerable list:
                var items = 0;
                foreach (var item in list) items += Weight(item);
                return items;
            case ValueType: return 8;
        }
        // Every list's entries are weighed: through the getters templates read views with, made once per type.
        var weight = MarkupPerPart;
        foreach (var get in ViewAccessor.For(value.GetType()).Getters) weight += Weight(get(value));
        return weight;
    }

    private static string FileName(string route) => route[(route.LastIndexOf('/') + 1)..];
}

/// <summary>A group's entries on one page of a grouped list.</summary>
/// <param name="Key">The group (a speaker, an event).</param>
/// <param name="Items">Its entries on this page.</param>
/// <param name="Continued">Whether the group began on an earlier page.</param>
public sealed record Part<TKey, T>(TKey Key, IReadOnlyList<T> Items, bool Continued);
