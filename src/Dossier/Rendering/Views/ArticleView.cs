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

/// <summary>One paragraph of reading text; Html already has quotes highlighted and actors linked.</summary>
public sealed record ParagraphItem(string Id, string Html, bool IsHeading);

public sealed record QuotedItem(Link Speaker, Link Quote, string Anchor);
