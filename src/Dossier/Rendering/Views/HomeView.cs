namespace Dossier.Rendering.Views;

/// <summary>The home page: the briefing at a glance.</summary>
/// <param name="Title">The dossier's title.</param>
/// <param name="Subtitle">The dossier's subtitle.</param>
/// <param name="Summary">Markdown: the dossier's summary, its key points.</param>
/// <param name="Figures">Counts of each kind, each linking to its index.</param>
/// <param name="Strip">Every event on a true time axis, without numbers, for partials/charts/time-axis.</param>
/// <param name="Actors">The principal actors: the most involved, with their roles.</param>
/// <param name="Claims">Contested claims at a glance, for the "who says what" table (the first few).</param>
/// <param name="AllClaims">The claims index, where it lists more claims than the table ("All 12 contested claims").</param>
/// <param name="LatestEvents">The latest events, newest first.</param>
/// <param name="Articles">The latest articles.</param>
public sealed record HomeView(
    string Title,
    string? Subtitle,
    string? Summary,
    IReadOnlyList<Figure> Figures,
    TimeAxisChart Strip,
    IReadOnlyList<ActorCard> Actors,
    IReadOnlyList<ClaimItem> Claims,
    Link? AllClaims,
    IReadOnlyList<EventItem> LatestEvents,
    IReadOnlyList<ArticleItem> Articles);

/// <summary>One key figure.</summary>
/// <param name="Label">What is counted ("Quotes").</param>
/// <param name="Count">How many.</param>
/// <param name="Href">The index page listing them.</param>
public sealed record Figure(string Label, int Count, string Href);

/// <summary>A principal actor at a glance.</summary>
/// <param name="Link">The actor's page.</param>
/// <param name="Kind">person, organization, state or group.</param>
/// <param name="Role">Their first role as the texts give it ("President, Iran"), if any.</param>
/// <param name="Detail">How involved: events and quotes ("9 events · 8 quotes").</param>
public sealed record ActorCard(Link Link, string Kind, string? Role, string Detail);

/// <summary>A contested claim at a glance.</summary>
/// <param name="Link">Its page; the text is the question.</param>
/// <param name="Answers">Each answer with who gives it and which outlets report it.</param>
public sealed record ClaimItem(Link Link, IReadOnlyList<AnswerSummary> Answers);
