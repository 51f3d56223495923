namespace Dossier.Rendering.Views;

public sealed record ArticleView(
    string Title,
    Link Outlet,
    string? Published,
    string? Byline,
    string? Url,
    string Source,
    OriginalItem? Original,
    IReadOnlyList<ArticleItem> RepostedBy,
    IReadOnlyList<Link> Events,
    IReadOnlyList<ParagraphItem> Paragraphs,
    IReadOnlyList<QuotedItem> Quoted,
    IReadOnlyList<CountedLink> Mentioned,
    IReadOnlyList<Link> Claims);

public sealed record OriginalItem(Link? Outlet, Link? Article, string? Note);

/// <summary>One paragraph of reading text (or a sub-heading), as runs of plain text, quotations and mentions.</summary>
public sealed record ParagraphItem(string Id, bool IsHeading, IReadOnlyList<TextRun> Runs);

/// <summary>
/// A stretch of a paragraph. Kind is "text" (plain), "quote" (a curated quotation: Id is its anchor, Href its quote
/// page, Anchors the anchors of quotations that overlap it and start inside it) or "mention" (an actor named in
/// the text: Href is the actor's page; never inside a quotation, since links cannot nest).
/// </summary>
public sealed record TextRun(string Kind, string Text, string? Href, string? Id, IReadOnlyList<string> Anchors);

public sealed record QuotedItem(Link Speaker, Link Quote, string Anchor);
