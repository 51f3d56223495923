namespace Dossier.Rendering.Views;

/// <summary>The home page: the briefing at a glance.</summary>
/// <param name="Title">The dossier's title.</param>
/// <param name="Subtitle">The dossier's subtitle.</param>
/// <param name="Summary">Markdown: the dossier's summary.</param>
/// <param name="Figures">Counts of articles, outlets, actors, events, quotes and claims, each linking to its index.</param>
/// <param name="Strip">The latest events (every event in a small dossier) as dots, laid out for partials/charts/strip.</param>
/// <param name="Timeline">The latest events (every event in a small dossier), in date order.</param>
/// <param name="MostQuoted">The actors with the most quotes, for a bar chart.</param>
/// <param name="Claims">The contested claims about the latest events (every claim in a small dossier), with their answers in short.</param>
/// <param name="Articles">The latest articles.</param>
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

/// <summary>One key figure.</summary>
/// <param name="Label">What is counted ("Quotes").</param>
/// <param name="Count">How many.</param>
/// <param name="Href">The index page listing them.</param>
public sealed record Figure(string Label, int Count, string Href);

/// <summary>A contested claim at a glance.</summary>
/// <param name="Link">Its page; the text is the question.</param>
/// <param name="Answers">Each answer in short.</param>
public sealed record ClaimItem(Link Link, IReadOnlyList<string> Answers);
