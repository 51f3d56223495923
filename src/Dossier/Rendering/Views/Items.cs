namespace Dossier.Rendering.Views;

// Items that several page kinds list. Kept together because they only make sense as a set.

/// <summary>A quote in a list: its wording, who said it, when, and the outlets that carried it.</summary>
/// <param name="Link">Its quote page; the text is the wording, shortened.</param>
/// <param name="Text">The canonical wording in full.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Via">The office or spokesperson that issued it on the speaker's behalf, if any.</param>
/// <param name="Date">When it was said, as readers see it.</param>
/// <param name="Outlets">The outlets that carried it.</param>
public sealed record QuoteItem(Link Link, string Text, Link Speaker, Link? Via, string? Date, IReadOnlyList<Link> Outlets);

/// <summary>An article in a list: title, outlet, date, and an optional note such as a mention count.</summary>
/// <param name="Link">The article's page.</param>
/// <param name="Outlet">Where it was published.</param>
/// <param name="Date">When, as readers see it.</param>
/// <param name="Note">A short note ("2 mentions", "repost").</param>
public sealed record ArticleItem(Link Link, Link Outlet, string? Date, string? Note);

/// <summary>An event in a list.</summary>
/// <param name="Link">The event's page.</param>
/// <param name="Date">When, as readers see it.</param>
/// <param name="Places">Where.</param>
public sealed record EventItem(Link Link, string Date, IReadOnlyList<Link> Places);

/// <summary>A group of quotes under a heading (the event they were said at, or the speaker).</summary>
/// <param name="Event">The page the heading links to, if any.</param>
/// <param name="Heading">The group's heading.</param>
/// <param name="Quotes">The quotes, in date order.</param>
/// <param name="Continued">Whether the group began on an earlier page (in the briefing book), so that its heading says it goes on.</param>
public sealed record QuoteGroup(Link? Event, string Heading, IReadOnlyList<QuoteItem> Quotes, bool Continued = false);
