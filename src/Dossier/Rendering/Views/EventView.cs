namespace Dossier.Rendering.Views;

/// <summary>An event's page.</summary>
/// <param name="Title">What happened.</param>
/// <param name="Date">When, as readers see it (a span where the event has an end).</param>
/// <param name="Time">The time of day, as the sources give it.</param>
/// <param name="Places">Where: the places named, each linking to its page.</param>
/// <param name="InDossier">What the dossier holds on the event, counted ("4 quotes · 6 articles · 1 contested claim").</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Participants">Who took part, and in what role.</param>
/// <param name="Follows">The events it responded to.</param>
/// <param name="FollowedBy">The events that responded to it.</param>
/// <param name="Quotes">The latest quotes said at or about it.</param>
/// <param name="AllQuotes">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 quotes at or about Harbour closed").</param>
/// <param name="Articles">The latest articles that report it.</param>
/// <param name="AllArticles">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 articles reporting Harbour closed").</param>
/// <param name="Claims">Contested claims about it.</param>
public sealed record EventView(
    string Title,
    string Date,
    string? Time,
    IReadOnlyList<Link> Places,
    string? InDossier,
    string? Summary,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<EventItem> Follows,
    IReadOnlyList<EventItem> FollowedBy,
    IReadOnlyList<QuoteItem> Quotes,
    Link? AllQuotes,
    IReadOnlyList<ArticleItem> Articles,
    Link? AllArticles,
    IReadOnlyList<Link> Claims);

/// <summary>Someone who took part in an event.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Role">Their part in it ("ordered the strike").</param>
public sealed record ParticipantItem(Link Actor, string? Role);
