using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public static class HomePage
{
    private const int PrincipalActors = 8;
    private const int ClaimsAtAGlance = 6;
    private const int LatestEvents = 6;
    private const int LatestArticles = 6;

    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var site = dossier.Site;
        var events = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
        var involvement = NetworkLayout.Edges(dossier.Content).GroupBy(e => e.Actor).ToDictionary(g => g.Key, g => g.Count());
        var actors = dossier.All<Actor>()
            .Select(a => (Actor: a, Events: involvement.GetValueOrDefault(a), Quotes: dossier.Referring<Quote>(a, Quote.Keys.Speaker).Count))
            .Where(x => x.Events + x.Quotes > 0)
            .OrderByDescending(x => x.Events + x.Quotes).ThenBy(x => x.Actor.Name, StringComparer.Ordinal)
            .Take(PrincipalActors)
            .Select(x => new ActorCard(page.Link(x.Actor), x.Actor.KindName, Role(x.Actor),
                Plain.Join(" · ", Plain.Counted(x.Events, "event"), x.Quotes > 0 ? Plain.Counted(x.Quotes, "quote") : null)!))
            .ToArray();
        var claims = Claim.Definition.InOrder(dossier.All<Claim>()).ToArray();
        var view = new HomeView(
            Title: site.Title,
            Subtitle: site.Subtitle,
            Summary: site.Summary,
            Figures: EntityKinds.All.Select(k => new Figure(k.Title, dossier.Content.All(k).Count, page.Href(k.IndexRoute))).ToArray(),
            Strip: TimeAxisLayout.Overview(events, page),
            Actors: actors,
            Claims: claims.Take(ClaimsAtAGlance).Select(c => new ClaimItem(page.Link(c), ClaimPages.Summaries(page, c))).ToArray(),
            AllClaims: claims.Length > ClaimsAtAGlance ? page.Index(Claim.Definition) with { Text = $"All {claims.Length} contested claims" } : null,
            LatestEvents: events.Reverse().Take(LatestEvents).Select(page.EventItem).ToArray(),
            Articles: dossier.All<Article>()
                .OrderByDescending(a => a.Published?.Start ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(LatestArticles).Select(a => page.ArticleItem(a)).ToArray());
        return new Page(Routes.Home, "home", site.Title, [], view,
            Description: Plain.FirstSentence(site.Summary) ?? site.Subtitle,
            JsonLd: Metadata.JsonLd.Site(site, page));
    }

    private static string? Role(Actor actor) => actor.Roles is [{ } role, ..] ? ActorPages.Text(role) : null;
}
