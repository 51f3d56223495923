namespace Dossier.Rendering.Views;

/// <summary>
/// One page of the briefing book, the whole briefing in reading order for reading through or printing, chapter by
/// chapter: book.html holds the contents and the summary, and each further chapter has pages of its own
/// (book/events.html, book/events-2.html, ...). A page holds one chapter's part; the other chapters' lists are empty.
/// </summary>
/// <param name="Title">The dossier's title.</param>
/// <param name="Subtitle">The dossier's subtitle.</param>
/// <param name="Contents">Every chapter, linking to its first page, the one this page belongs to marked.</param>
/// <param name="Chapter">Which chapter this page belongs to: summary, timeline, events, claims, actors, quotes or sources.</param>
/// <param name="Summary">In the summary chapter: Markdown, the dossier's summary.</param>
/// <param name="Timeline">In the timeline chapter: every event on a true time axis, for partials/charts/time-axis.</param>
/// <param name="Events">In the events chapter: this page's events, in date order.</param>
/// <param name="Claims">In the claims chapter: this page's contested claims with their answers.</param>
/// <param name="Actors">In the actors chapter: this page's actors, by kind, then name.</param>
/// <param name="Quotes">In the quotes chapter: this page's quotes, grouped by speaker.</param>
/// <param name="Sources">In the sources chapter: this page's articles, by date.</param>
/// <param name="Pager">Where the chapter goes on over several pages: the page list, for partials/pager; empty otherwise.</param>
/// <param name="NextChapter">On a chapter's last page: the first page of the chapter after it, if any.</param>
public sealed record BookView(
    string Title,
    string? Subtitle,
    IReadOnlyList<BookChapter> Contents,
    string Chapter,
    string? Summary,
    TimeAxisChart? Timeline,
    IReadOnlyList<BookEvent> Events,
    IReadOnlyList<BookClaim> Claims,
    IReadOnlyList<BookActor> Actors,
    IReadOnlyList<QuoteGroup> Quotes,
    IReadOnlyList<ArticleItem> Sources,
    Pager? Pager,
    Link? NextChapter);

/// <summary>A chapter in the briefing book's contents.</summary>
/// <param name="Link">Its first page; the text is its title.</param>
/// <param name="Current">Whether the page being drawn belongs to it.</param>
/// <param name="Pages">How many pages it has.</param>
public sealed record BookChapter(Link Link, bool Current, int Pages);

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
