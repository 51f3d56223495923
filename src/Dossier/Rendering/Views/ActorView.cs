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
/// <param name="QuoteGroups">The actor's quotes, grouped by the event they were said at, in date order.</param>
/// <param name="QuotesPerOutlet">How many of the actor's quotes each outlet carried, for a bar chart.</param>
/// <param name="QuotesIssued">Quotes of others this actor issued on their behalf, as an office or spokesperson.</param>
/// <param name="QuotesAbout">Quotes by others about this actor.</param>
/// <param name="Events">Events the actor took part in.</param>
/// <param name="Claims">Contested claims on which the actor gave an answer.</param>
/// <param name="Articles">Articles whose text names the actor; each note says how often.</param>
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
    IReadOnlyList<CountedLink> QuotesPerOutlet,
    IReadOnlyList<QuoteItem> QuotesIssued,
    IReadOnlyList<QuoteItem> QuotesAbout,
    IReadOnlyList<EventItem> Events,
    IReadOnlyList<Link> Claims,
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyList<CountedLink> Alongside);

/// <summary>An office or position an actor held.</summary>
/// <param name="Title">The office ("President").</param>
/// <param name="Of">The actor the office belongs to ("Iran"); empty where the title already names it ("President of Iran").</param>
/// <param name="Period">When, as readers see it ("from June 2019", "2017 – 2021").</param>
public sealed record RoleItem(string Title, Link? Of, string? Period);
