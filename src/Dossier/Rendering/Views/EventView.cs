namespace Dossier.Rendering.Views;

public sealed record EventView(
    string Title,
    string Date,
    string? Time,
    string? Place,
    string? Summary,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<EventItem> Follows,
    IReadOnlyList<EventItem> FollowedBy,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyList<Link> Claims);

public sealed record ParticipantItem(Link Actor, string? Role);
