namespace Dossier.Rendering.Views;

/// <summary>An article's page: its facts and its full text, paragraph by paragraph.</summary>
/// <param name="Title">The article's title; in [brackets] where the editor supplied it.</param>
/// <param name="TitleSupplied">Whether the title is the editors' (the text has none), which the page says.</param>
/// <param name="Outlet">Where it was published.</param>
/// <param name="Published">Date of publication as readers see it.</param>
/// <param name="Byline">The author, as the text gives it.</param>
/// <param name="Url">The article's address on the web, as the text gives it.</param>
/// <param name="Source">The file in seeds/ the text comes from.</param>
/// <param name="Original">Where a repost or syndicated piece first appeared.</param>
/// <param name="RepostedBy">Articles that republish this one.</param>
/// <param name="Events">The events the article reports.</param>
/// <param name="Paragraphs">The text, in reading order.</param>
/// <param name="Quoted">Every curated quotation in the text, in reading order.</param>
/// <param name="Mentioned">Actors the text names and how often, for a bar chart.</param>
/// <param name="Claims">Contested claims that cite this article.</param>
public sealed record ArticleView(
    string Title,
    bool TitleSupplied,
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

/// <summary>Where a reposted article first appeared.</summary>
/// <param name="Outlet">The original outlet.</param>
/// <param name="Article">The original article, where the dossier has it.</param>
/// <param name="Note">The editor's note on the repost.</param>
public sealed record OriginalItem(Link? Outlet, Link? Article, string? Note);

/// <summary>One paragraph of reading text (or a sub-heading), as runs of plain text, quotations and mentions.</summary>
/// <param name="Id">Its anchor ("p3"), so that a link can point at it.</param>
/// <param name="IsHeading">Whether the editor marked this line as a sub-heading.</param>
/// <param name="Runs">The paragraph's text in pieces; partials/text-runs draws them.</param>
public sealed record ParagraphItem(string Id, bool IsHeading, IReadOnlyList<TextRun> Runs);

/// <summary>A stretch of a paragraph: plain text, a curated quotation, or an actor's name.</summary>
/// <param name="Kind">"text", "quote" or "mention". A mention is never inside a quotation, since links cannot nest.</param>
/// <param name="Text">The words, exactly as the source prints them.</param>
/// <param name="Href">For a quote, its quote page; for a mention, the actor's page.</param>
/// <param name="Id">For a quote, its anchor ("q-rouhani-slap"), which quote pages link to.</param>
/// <param name="Anchors">For a quote, the anchors of other quotations that start inside it, so links to them land here.</param>
public sealed record TextRun(string Kind, string Text, string? Href, string? Id, IReadOnlyList<string> Anchors);

/// <summary>A quotation in an article, for the "who is quoted" list.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Quote">Its quote page; the text is the canonical wording, shortened.</param>
/// <param name="Anchor">Where it stands in this article's text ("#q-...").</param>
public sealed record QuotedItem(Link Speaker, Link Quote, string Anchor);
