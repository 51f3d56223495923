namespace Dossier.Rendering.Views;

/// <summary>An actor's page: a person, organisation, state or group.</summary>
/// <param name="Name">The actor's name.</param>
/// <param name="Kind">person, organization, state or group.</param>
/// <param name="Aliases">Other spellings of the name, as the texts write it.</param>
/// <param name="Summary">Markdown: write it with <c>{{ summary | markdown }}</c>.</param>
/// <param name="Born">Date of birth as readers see it ("8 January 1957").</param>
/// <param name="Died">Date of death as readers see it.</param>
/// <param name="Roles">Offices and positions held.</param>
/// <param name="InDossier">What the dossier holds on the actor, counted ("10 quotes · 4 events · 7 articles").</param>
/// <param name="Affiliations">Actors this one belongs to or is aligned with.</param>
/// <param name="Members">Actors that name this one among their affiliations.</param>
/// <param name="Outlets">Outlets affiliated to this actor.</param>
/// <param name="QuoteGroups">The actor's latest quotes (all of them where they are few), grouped by the event they were said at, in date order.</param>
/// <param name="AllQuotes">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 quotes by Ana Lima").</param>
/// <param name="QuotesPerOutlet">How many of the actor's quotes each of the ten outlets that carried most of them carried, for a bar chart.</param>
/// <param name="QuotesIssued">The latest quotes of others this actor issued on their behalf, as an office or spokesperson.</param>
/// <param name="AllQuotesIssued">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 statements issued by Ana Lima on others' behalf").</param>
/// <param name="QuotesAbout">The latest quotes by others about this actor.</param>
/// <param name="AllQuotesAbout">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 quotes about Ana Lima").</param>
/// <param name="Events">The latest events the actor took part in.</param>
/// <param name="AllEvents">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 events Ana Lima took part in").</param>
/// <param name="Claims">Contested claims on which the actor gave an answer.</param>
/// <param name="Articles">The latest articles whose text names the actor; each note says how often.</param>
/// <param name="AllArticles">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 articles that mention Ana Lima").</param>
/// <param name="Alongside">Actors most often named in the same articles, for a bar chart.</param>
public sealed record ActorView(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Summary,
    string? Born,
    string? Died,
    IReadOnlyList<RoleItem> Roles,
    string? InDossier,
    IReadOnlyList<Link> Affiliations,
    IReadOnlyList<Link> Members,
    IReadOnlyList<Link> Outlets,
    IReadOnlyList<QuoteGroup> QuoteGroups,
    Link? AllQuotes,
    IReadOnlyList<CountedLink> QuotesPerOutlet,
    IReadOnlyList<QuoteItem> QuotesIssued,
    Link? AllQuotesIssued,
    IReadOnlyList<QuoteItem> QuotesAbout,
    Link? AllQuotesAbout,
    IReadOnlyList<EventItem> Events,
    Link? AllEvents,
    IReadOnlyList<Link> Claims,
    IReadOnlyList<ArticleItem> Articles,
    Link? AllArticles,
    IReadOnlyList<CountedLink> Alongside);

/// <summary>An office or position an actor held.</summary>
/// <param name="Title">The office ("President").</param>
/// <param name="Of">The actor the office belongs to ("Iran"); empty where the title already names it ("President of Iran").</param>
/// <param name="Period">When, as readers see it ("from June 2019", "2017 – 2021").</param>
public sealed record RoleItem(string Title, Link? Of, string? Period);
