namespace Dossier.Rendering.Views;

/// <summary>
/// Every entry of a long list from an entity's page (all the quotes by an actor, every article naming a place), which
/// the entity's page shows only the latest of; it goes on over several pages where it is long.
/// </summary>
/// <param name="Title">What the list holds ("Quotes by Ana Lima").</param>
/// <param name="Owner">The entity's page.</param>
/// <param name="Count">How many entries the list has in all, as readers see it ("1,234 quotes").</param>
/// <param name="Groups">This page's entries, in groups (quotes under the event they were said at) or in one group without a heading.</param>
/// <param name="Pager">Where the list goes on over several pages: the page list, for partials/pager; empty otherwise.</param>
public sealed record FullListView(string Title, Link Owner, string Count, IReadOnlyList<ItemGroup> Groups, Pager? Pager);

/// <summary>A group of a full list's entries: quotes, articles or events, whichever the list holds.</summary>
/// <param name="Heading">The group's heading, if the list is grouped.</param>
/// <param name="Link">The page the heading links to, if any.</param>
/// <param name="Continued">Whether the group began on an earlier page, so that its heading says it goes on.</param>
/// <param name="Quotes">The group's quotes, for partials/quote-list.</param>
/// <param name="Articles">The group's articles, for partials/article-list.</param>
/// <param name="Events">The group's events, for partials/event-list.</param>
public sealed record ItemGroup(
    string? Heading,
    Link? Link,
    bool Continued,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyList<EventItem> Events)
{
    /// <summary>A group of whichever of the three kinds of item <paramref name="items"/> holds.</summary>
    public static ItemGroup Of<T>(string? heading, Link? link, bool continued, IReadOnlyList<T> items) => items switch
    {
        IReadOnlyList<QuoteItem> quotes => new(heading, link, continued, quotes, [], []),
        IReadOnlyList<ArticleItem> articles => new(heading, link, continued, [], articles, []),
        IReadOnlyList<EventItem> events => new(heading, link, continued, [], [], events),
        _ => throw new ArgumentException($"A full list cannot hold {typeof(T).Name}s."),
    };
}
