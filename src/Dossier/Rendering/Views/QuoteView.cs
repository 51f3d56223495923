namespace Dossier.Rendering.Views;

/// <summary>A quote's page: the canonical wording and every report of it.</summary>
/// <param name="Text">The canonical wording.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Via">The office or spokesperson that issued it on the speaker's behalf, if any.</param>
/// <param name="Said">When, as readers see it.</param>
/// <param name="Occasion">Where or how ("tweet", "press conference").</param>
/// <param name="Event">The event it was said at or about.</param>
/// <param name="About">Actors it is about.</param>
/// <param name="Reports">Every article that carried it, by date.</param>
public sealed record QuoteView(
    string Text,
    Link Speaker,
    Link? Via,
    string? Said,
    string? Occasion,
    Link? Event,
    IReadOnlyList<Link> About,
    IReadOnlyList<ReportItem> Reports);

/// <summary>One article that carried the quote, with its wording and how it differs from the canonical one, word by word.</summary>
/// <param name="Article">The article, linking to the quote's place in its text.</param>
/// <param name="Outlet">The article's outlet.</param>
/// <param name="Date">The article's date, as readers see it.</param>
/// <param name="Through">The outlets between the speaker and the article, nearest to the speaker first: those the article says it took the quotation from, then the outlet whose piece it reposts.</param>
/// <param name="Wording">The words as this article prints them.</param>
/// <param name="Verbatim">Whether they are the canonical wording (quotes, dashes and spacing aside).</param>
/// <param name="Differences">The wording word by word against the canonical one; partials/word-diff draws it.</param>
public sealed record ReportItem(Link Article, Link Outlet, string? Date, IReadOnlyList<Link> Through, string Wording, bool Verbatim, IReadOnlyList<DiffRun> Differences);

/// <summary>Words of a report's wording compared with the canonical wording.</summary>
/// <param name="Kind">"same", "inserted" (in the report, not in the canonical wording) or "deleted" (in the canonical wording, missing from the report).</param>
/// <param name="Text">The words.</param>
public sealed record DiffRun(string Kind, string Text);
