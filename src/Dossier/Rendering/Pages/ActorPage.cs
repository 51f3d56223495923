using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class ActorPage
{
    public static Page Build(ResolvedDossier dossier, Actor actor)
    {
        var page = PageContext.InFolder(dossier);
        var quotes = ResolvedDossier.Lookup(dossier.QuotesBySpeaker, actor.Id);
        var groups = quotes
            .GroupBy(q => q.Event?.Id ?? "")
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .ThenBy(g => dossier.Content.EventsById.TryGetValue(g.Key, out var e) ? e.Date.Start : DateOnly.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key.Length == 0
                ? new QuoteGroup(null, "Not tied to an event", g.Select(page.QuoteItem).ToArray())
                : new QuoteGroup(page.Event(g.Key), page.Event(g.Key).Text, g.Select(page.QuoteItem).ToArray()))
            .ToArray();
        var perOutlet = quotes
            .SelectMany(q => page.QuoteItem(q).Outlets)
            .GroupBy(o => o.Href)
            .Select(g => (g.First(), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Text, StringComparer.Ordinal);

        var view = new ActorView(
            Name: actor.Name,
            Kind: actor.Kind.ToString().ToLowerInvariant(),
            Aliases: actor.Aliases.Select(a => a.Value).ToArray(),
            Summary: actor.Summary,
            Born: actor.Born?.Display,
            Died: actor.Died?.Display,
            Roles: actor.Roles.Select(r => new RoleItem(r.Title, page.Actor(r.Of), Period(r.From, r.To))).ToArray(),
            Affiliations: actor.Affiliations.Select(a => page.Actor(a.Id)).ToArray(),
            Members: ResolvedDossier.Lookup(dossier.Members, actor.Id).Select(a => page.Actor(a.Id)).ToArray(),
            Outlets: ResolvedDossier.Lookup(dossier.OutletsAffiliatedTo, actor.Id).Select(o => page.Outlet(o.Id)).ToArray(),
            QuoteGroups: groups,
            QuotesPerOutlet: PageContext.Bars(perOutlet),
            QuotesAbout: ResolvedDossier.Lookup(dossier.QuotesAbout, actor.Id).Select(page.QuoteItem).ToArray(),
            Events: ResolvedDossier.Lookup(dossier.EventsByActor, actor.Id).Select(page.EventItem).ToArray(),
            Claims: ResolvedDossier.Lookup(dossier.ClaimsByActor, actor.Id).Select(c => page.Claim(c.Id)).ToArray(),
            Articles: ResolvedDossier.Lookup(dossier.ArticlesMentioning, actor.Id)
                .Select(a => page.ArticleItem(a, MentionNote(dossier, a.Id, actor.Id))).ToArray(),
            Alongside: PageContext.Bars(ResolvedDossier.Lookup(dossier.MentionedAlongside, actor.Id)
                .Take(10).Select(x => (page.Actor(x.Actor.Id), x.Articles))));

        return new Page(Routes.Actor(actor.Id), "actor", actor.Name,
            [page.Home(), page.Index(Routes.Actors, "Actors")], view,
            Description: Plain.FirstSentence(actor.Summary) ?? $"{actor.Name}: quotes, events and articles in the dossier.",
            JsonLd: Metadata.JsonLd.Actor(actor, page));
    }

    private static string? MentionNote(ResolvedDossier dossier, string articleId, string actorId)
    {
        var count = ResolvedDossier.Lookup(dossier.MentionsInArticle, articleId).FirstOrDefault(m => m.Actor.Id == actorId).Mentions;
        return count == 1 ? "1 mention" : $"{count} mentions";
    }

    public static string? Period(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => $"from {f.Display}",
        (null, { } t) => $"until {t.Display}",
        ({ } f, { } t) => $"{f.Display} – {t.Display}",
    };
}
