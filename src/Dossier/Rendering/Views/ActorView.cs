namespace Dossier.Rendering.Views;

public sealed record ActorView(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Summary,
    string? Born,
    string? Died,
    IReadOnlyList<RoleItem> Roles,
    IReadOnlyList<Link> Affiliations,
    IReadOnlyList<Link> Members,
    IReadOnlyList<Link> Outlets,
    IReadOnlyList<QuoteGroup> QuoteGroups,
    IReadOnlyList<CountedLink> QuotesPerOutlet,
    IReadOnlyList<QuoteItem> QuotesAbout,
    IReadOnlyList<EventItem> Events,
    IReadOnlyList<Link> Claims,
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyList<CountedLink> Alongside);

public sealed record RoleItem(string Title, Link? Of, string? Period);
