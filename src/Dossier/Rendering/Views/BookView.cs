namespace Dossier.Rendering.Views;

/// <summary>The whole briefing on one page, in reading order, for reading through or printing.</summary>
public sealed record BookView(
    string Title,
    string? Subtitle,
    string? Summary,
    TimelineChart Timeline,
    IReadOnlyList<BookEvent> Events,
    IReadOnlyList<BookClaim> Claims,
    IReadOnlyList<BookActor> Actors,
    IReadOnlyList<QuoteGroup> Quotes,
    IReadOnlyList<ArticleItem> Sources);

public sealed record BookEvent(string Anchor, Link Link, string Date, string? Place, string? Summary, IReadOnlyList<ParticipantItem> Participants, IReadOnlyList<Link> Follows);

public sealed record BookClaim(string Anchor, Link Link, IReadOnlyList<AnswerItem> Answers);

public sealed record BookActor(string Anchor, Link Link, string Kind, string? Summary);
