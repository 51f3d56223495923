namespace Dossier.Rendering.Views;

// Items that several page kinds list. Kept together because they only make sense as a set.

/// <summary>A quote in a list: its wording, who said it, when, and the outlets that carried it.</summary>
public sealed record QuoteItem(Link Link, string Text, Link Speaker, string? Date, IReadOnlyList<Link> Outlets);

/// <summary>An article in a list: title, outlet, date, and an optional note such as a mention count.</summary>
public sealed record ArticleItem(Link Link, Link Outlet, string? Date, string? Note);

/// <summary>An event in a list.</summary>
public sealed record EventItem(Link Link, string Date, string? Place);

/// <summary>A group of quotes under an optional heading (e.g. the event they were said at).</summary>
public sealed record QuoteGroup(Link? Event, string Heading, IReadOnlyList<QuoteItem> Quotes);
