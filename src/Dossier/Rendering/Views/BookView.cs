namespace Dossier.Rendering.Views;

/// <summary>The whole briefing on one page, in reading order, for reading through or printing.</summary>
/// <param name="Title">The dossier's title.</param>
/// <param name="Subtitle">The dossier's subtitle.</param>
/// <param name="Summary">Markdown: the dossier's summary.</param>
/// <param name="Timeline">Every event on a true time axis, for partials/charts/time-axis.</param>
/// <param name="Events">Every event, in date order.</param>
/// <param name="Claims">Every contested claim with its answers.</param>
/// <param name="Actors">Every actor, by kind, then name.</param>
/// <param name="Quotes">Every quote, grouped by speaker.</param>
/// <param name="Sources">Every article, by date.</param>
public sealed record BookView(
    string Title,
    string? Subtitle,
    string? Summary,
    TimeAxisChart Timeline,
    IReadOnlyList<BookEvent> Events,
    IReadOnlyList<BookClaim> Claims,
    IReadOnlyList<BookActor> Actors,
    IReadOnlyList<QuoteGroup> Quotes,
    IReadOnlyList<ArticleItem> Sources);

/// <summary>An event in the briefing book.</summary>
/// <param name="Anchor">Its id within the book ("event-...").</param>
/// <param name="Link">Its own page.</param>
/// <param name="Date">When, as readers see it.</param>
/// <param name="Places">Where: the places named, each linking to its page.</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Participants">Who took part, and in what role.</param>
/// <param name="Follows">The events it responded to.</param>
public sealed record BookEvent(string Anchor, Link Link, string Date, IReadOnlyList<Link> Places, string? Summary, IReadOnlyList<ParticipantItem> Participants, IReadOnlyList<Link> Follows);

/// <summary>A contested claim in the briefing book.</summary>
/// <param name="Anchor">Its id within the book ("claim-...").</param>
/// <param name="Link">Its own page; the text is the question.</param>
/// <param name="Answers">The answers given, with who gave them and where.</param>
public sealed record BookClaim(string Anchor, Link Link, IReadOnlyList<AnswerItem> Answers);

/// <summary>An actor in the briefing book.</summary>
/// <param name="Anchor">Its id within the book ("actor-...").</param>
/// <param name="Link">Its own page.</param>
/// <param name="Kind">person, organization, state or group.</param>
/// <param name="Summary">Markdown.</param>
public sealed record BookActor(string Anchor, Link Link, string Kind, string? Summary);
