namespace Dossier.Rendering.Views;

public sealed record OutletView(
    string Name,
    string? Kind,
    string? Country,
    Link? Affiliation,
    string? Homepage,
    string? Summary,
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<CountedLink> ActorsQuoted,
    IReadOnlyList<ArticleItem> RepostedElsewhere,
    IReadOnlyList<ArticleItem> RepostsHere);
