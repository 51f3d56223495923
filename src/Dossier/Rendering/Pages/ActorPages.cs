using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class ActorPages : EntityPages<Actor, ActorView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Actor actor, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var lists = new FullLists(dossier, Kind, actor, limits);
        var quotes = dossier.Referring<Quote>(actor, Quote.Keys.Speaker);
        var (groups, allQuotes) = lists.Add("quotes", $"Quotes by {actor.Name}", quotes, ByEvent, (p, q) => p.QuoteItem(q));
        var (issued, allIssued) = lists.Add("quotes-issued", $"Statements issued by {actor.Name} on others' behalf",
            dossier.Referring<Quote>(actor, Quote.Keys.Via), (p, q) => p.QuoteItem(q));
        var (about, allAbout) = lists.Add("quotes-about", $"Quotes about {actor.Name}", dossier.Referring<Quote>(actor, Quote.Keys.About), (p, q) => p.QuoteItem(q));
        var (events, allEvents) = lists.Add("events", $"Events {actor.Name} took part in", dossier.Referring<Event>(actor, Participant.Keys.Actor), (p, e) => p.EventItem(e));
        var (articles, allArticles) = lists.Add("articles", $"Articles that mention {actor.Name}", dossier.Mentioning(actor), (p, a) => MentioningArticle(dossier, p, a, actor));
        var perOutlet = quotes
            .SelectMany(q => q.Reported.Select(r => r.Article.Target.Outlet.Target).Distinct())
            .GroupBy(o => o)
            .Select(g => (page.Link(g.Key), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Text, StringComparer.Ordinal)
            .Take(10);

        var view = new ActorView(
            Name: actor.Name,
            Kind: actor.KindName,
            Aliases: actor.Aliases.Select(a => a.Value).ToArray(),
            Summary: actor.Summary,
            Born: actor.Born?.Display,
            Died: actor.Died?.Display,
            Roles: actor.Roles.Select(r => new RoleItem(r.Title, NamedInTitle(r) ? null : page.Link(r.Of), Period(r.From, r.To))).ToArray(),
            InDossier: Plain.CountedList(
                (quotes.Count, "quote"),
                (dossier.Referring<Event>(actor, Participant.Keys.Actor).Count, "event"),
                (dossier.Referring<Claim>(actor, Claimant.Keys.Actor).Count, "contested claim"),
                (dossier.Mentioning(actor).Count, "article")),
            Affiliations: page.Links(actor.Affiliations),
            Members: page.Links(dossier.Referring<Actor>(actor, Actor.Keys.Affiliations)),
            Outlets: page.Links(dossier.Referring<Outlet>(actor, Outlet.Keys.Affiliation)),
            QuoteGroups: groups.Select(g => new QuoteGroup(g.Target is { } @event ? page.Link(@event) : null, g.Heading!, g.Items.Select(page.QuoteItem).ToArray())).ToArray(),
            AllQuotes: allQuotes,
            QuotesPerOutlet: PageContext.Bars(perOutlet),
            QuotesIssued: issued.Select(page.QuoteItem).ToArray(),
            AllQuotesIssued: allIssued,
            QuotesAbout: about.Select(page.QuoteItem).ToArray(),
            AllQuotesAbout: allAbout,
            Events: events.Select(page.EventItem).ToArray(),
            AllEvents: allEvents,
            Claims: page.Links(dossier.Referring<Claim>(actor, Claimant.Keys.Actor)),
            Articles: articles.Select(a => MentioningArticle(dossier, page, a, actor)).ToArray(),
            AllArticles: allArticles,
            Alongside: PageContext.Bars(dossier.MentionedAlongside(actor, 10).Select(x => (page.Link(x.Entity), x.Articles))));

        return [EntityPage(page, actor, view,
            Plain.FirstSentence(actor.Summary) ?? $"{actor.Name}: quotes, events and articles in the dossier.",
            Metadata.JsonLd.Actor(actor, page)), .. lists.Pages];
    }

    /// <summary>Quotes grouped by the event they were said at, in the events' date order; those tied to none last.</summary>
    private static IEnumerable<Section<Quote>> ByEvent(IEnumerable<Quote> quotes) => quotes
        .GroupBy(q => q.Event?.Target)
        .OrderBy(g => g.Key is null ? 1 : 0)
        .ThenBy(g => g.Key?.Date.Start ?? DateOnly.MaxValue)
        .ThenBy(g => g.Key?.Id ?? "", StringComparer.Ordinal)
        .Select(g => new Section<Quote>(g.Key?.Title ?? "Not tied to an event", g.Key, g.ToArray()));

    /// <summary>Actors by kind (people, organisations, states, groups), each kind by name.</summary>
    public override IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPages(page, limits, dossier.All<Actor>()
            .GroupBy(a => a.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new ListGroup(KindHeading(g.Key), g
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new ListEntry(page.Link(a), Plain.Counted(dossier.Referring<Quote>(a, Quote.Keys.Speaker).Count, "quote")))
                .ToArray())));
    }

    private static string KindHeading(ActorKind kind) => kind switch
    {
        ActorKind.Person => "People",
        ActorKind.Organization => "Organisations",
        ActorKind.State => "States",
        _ => "Groups",
    };

    /// <summary>A role as readers see it: its title, and whose it is where the title does not say ("President of Iran").</summary>
    public static string Text(Role role) =>
        NamedInTitle(role) || role.Of?.Resolved is not { } of ? role.Title : $"{role.Title}, {of.Name}";

    private static bool NamedInTitle(Role role) =>
        role.Of?.Resolved is { } of && role.Title.Contains(of.Name, StringComparison.Ordinal);

    public static string? Period(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => $"from {f.Display}",
        (null, { } t) => $"until {t.Display}",
        ({ } f, { } t) => $"{f.Display} – {t.Display}",
    };
}
