namespace Dossier.Rendering.Views;

/// <summary>
/// One chapter of the briefing book as an EPUB (dossier.epub), an XHTML document of its own: the summary, the
/// timeline, the contested claims, or the actors with their quotes. A chapter holds what one page of the site's
/// book would; <c>left_out</c> says what it leaves to the site.
/// </summary>
/// <param name="Language">The dossier's language ("en"), for the html element.</param>
/// <param name="BookTitle">The dossier's title.</param>
/// <param name="Title">The chapter's title.</param>
/// <param name="Chapter">Which chapter this is: summary, timeline, claims or actors.</param>
/// <param name="Subtitle">In the summary chapter: the dossier's subtitle.</param>
/// <param name="Summary">In the summary chapter: Markdown, the dossier's summary.</param>
/// <param name="Contents">In the summary chapter: the other chapters.</param>
/// <param name="Online">In the summary chapter: the site's address, where the dossier has a base URL.</param>
/// <param name="LeftOut">What the chapter leaves out because the dossier is larger than a book should be ("It holds the earliest 600 of 2,400 events."); empty when it holds everything.</param>
/// <param name="Events">In the timeline chapter: the events, in date order.</param>
/// <param name="Claims">In the claims chapter: the contested claims with their answers.</param>
/// <param name="Actors">In the actors chapter: the actors, most quoted first, each with their quotes.</param>
public sealed record EpubChapterView(
    string Language,
    string BookTitle,
    string Title,
    string Chapter,
    string? Subtitle,
    string? Summary,
    IReadOnlyList<BookRef> Contents,
    string? Online,
    IReadOnlyList<string> LeftOut,
    IReadOnlyList<EpubEvent> Events,
    IReadOnlyList<EpubClaim> Claims,
    IReadOnlyList<EpubActor> Actors);

/// <summary>
/// A name in the EPUB, linked to where the book tells more about it (another chapter's entry), or not linked where
/// the book leaves that out.
/// </summary>
/// <param name="Text">What the reader sees.</param>
/// <param name="Href">Within the book ("actors.xhtml#actor-ana-lima"); empty where the book does not hold it.</param>
public sealed record BookRef(string Text, string? Href);

/// <summary>An event in the EPUB's timeline.</summary>
/// <param name="Anchor">Its id in the chapter ("event-...").</param>
/// <param name="Title">The event.</param>
/// <param name="Date">When, as readers see it.</param>
/// <param name="Places">Where, the places' names.</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Participants">Who took part, each linked to the actors chapter where it holds them.</param>
/// <param name="Follows">The events it responded to.</param>
public sealed record EpubEvent(string Anchor, string Title, string Date, IReadOnlyList<string> Places, string? Summary,
    IReadOnlyList<BookRef> Participants, IReadOnlyList<BookRef> Follows);

/// <summary>A contested claim in the EPUB.</summary>
/// <param name="Anchor">Its id in the chapter ("claim-...").</param>
/// <param name="Question">What the sources disagree on.</param>
/// <param name="Event">The event it concerns.</param>
/// <param name="Summary">Markdown: the disagreement in short.</param>
/// <param name="Answers">Each answer, with who gave it and where it is reported.</param>
public sealed record EpubClaim(string Anchor, string Question, BookRef? Event, string? Summary, IReadOnlyList<EpubAnswer> Answers);

/// <summary>One answer to a contested claim.</summary>
/// <param name="Statement">The answer in short.</param>
/// <param name="Claimants">Each passage that reports it.</param>
public sealed record EpubAnswer(string Statement, IReadOnlyList<EpubClaimant> Claimants);

/// <summary>A passage that reports an answer.</summary>
/// <param name="Actors">Who gave it; empty where the text does not say.</param>
/// <param name="Source">The article, its outlet and date: <see cref="EpubSource"/>.</param>
/// <param name="Text">The words the article prints.</param>
public sealed record EpubClaimant(IReadOnlyList<BookRef> Actors, EpubSource Source, string Text);

/// <summary>An article as the EPUB cites it.</summary>
/// <param name="Title">The article's title.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Date">Its date, as readers see it.</param>
public sealed record EpubSource(string Title, string Outlet, string? Date);

/// <summary>An actor in the EPUB, with their quotes.</summary>
/// <param name="Anchor">Its id in the chapter ("actor-...").</param>
/// <param name="Name">The actor's name.</param>
/// <param name="Kind">person, organization, state or group.</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Quotes">The latest of what they said, each with its reports.</param>
/// <param name="MoreQuotes">How many more quotes the site has of them ("12 more quotes"); empty when the book holds them all.</param>
public sealed record EpubActor(string Anchor, string Name, string Kind, string? Summary, IReadOnlyList<EpubQuote> Quotes, string? MoreQuotes);

/// <summary>A quote in the EPUB.</summary>
/// <param name="Text">The canonical wording.</param>
/// <param name="Date">When it was said.</param>
/// <param name="Occasion">Where or how: a tweet, a press briefing.</param>
/// <param name="Event">The event it was said at or about.</param>
/// <param name="Reports">Every article that carried it.</param>
public sealed record EpubQuote(string Text, string? Date, string? Occasion, BookRef? Event, IReadOnlyList<EpubReport> Reports);

/// <summary>One article's report of a quote.</summary>
/// <param name="Source">The article, its outlet and date.</param>
/// <param name="Wording">The wording as printed there, where it differs from the quote's.</param>
public sealed record EpubReport(EpubSource Source, string? Wording);
