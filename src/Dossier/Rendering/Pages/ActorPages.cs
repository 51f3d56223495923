using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class ActorPages : EntityPages<Actor, ActorView>
{
    protected override Page Build(ResolvedDossier dossier, Actor actor)
    {
        var page = PageContext.InFolder(dossier);
        var quotes = dossier.Referring<Quote>(actor, Quote.Keys.Speaker);
        var groups = quotes
            .GroupBy(q => q.Event?.Target)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key?.Date.Start ?? DateOnly.MaxValue)
            .ThenBy(g => g.Key?.Id ?? "", StringComparer.Ordinal)
            .Select(g => g.Key is { } @event
                ? new QuoteGroup(page.Link(@event), @event.Title, g.Select(page.QuoteItem).ToArray())
                : new QuoteGroup(null, "Not tied to an event", g.Select(page.QuoteItem).ToArray()))
            .ToArray();
        var perOutlet = quotes
            .SelectMany(q => page.QuoteItem(q).Outlets)
            .GroupBy(o => o.Href)
            .Select(g => (g.First(), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Text, StringComparer.Ordinal);

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
            QuoteGroups: groups,
            QuotesPerOutlet: PageContext.Bars(perOutlet),
            QuotesIssued: dossier.Referring<Quote>(actor, Quote.Keys.Via).Select(page.QuoteItem).ToArray(),
            QuotesAbout: dossier.Referring<Quote>(actor, Quote.Keys.About).Select(page.QuoteItem).ToArray(),
            Events: dossier.Referring<Event>(actor, Participant.Keys.Actor).Select(page.EventItem).ToArray(),
            Claims: page.Links(dossier.Referring<Claim>(actor, Claimant.Keys.Actor)),
            Articles: MentioningArticles(dossier, page, actor),
            Alongside: PageContext.Bars(dossier.MentionedAlongside(actor).Take(10).Select(x => (page.Link(x.Entity), x.Articles))));

        return EntityPage(page, actor, view,
            Plain.FirstSentence(actor.Summary) ?? $"{actor.Name}: quotes, events and articles in the dossier.",
            Metadata.JsonLd.Actor(actor, page));
    }

    /// <summary>Actors by kind (people, organisations, states, groups), each kind by name.</summary>
    public override Page Index(ResolvedDossier dossier)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPage(page, dossier.All<Actor>()
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
