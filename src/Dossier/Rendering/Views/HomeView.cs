namespace Dossier.Rendering.Views;

public sealed record HomeView(
    string Title,
    string? Subtitle,
    string? Summary,
    IReadOnlyList<Figure> Figures,
    StripChart Strip,
    IReadOnlyList<EventItem> Timeline,
    IReadOnlyList<CountedLink> MostQuoted,
    IReadOnlyList<ClaimItem> Claims,
    IReadOnlyList<ArticleItem> Articles);

public sealed record Figure(string Label, int Count, string Href);

public sealed record ClaimItem(Link Link, IReadOnlyList<string> Answers);
