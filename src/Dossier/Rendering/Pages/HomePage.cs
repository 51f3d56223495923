using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public static class HomePage
{
    public static Page Build(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.AtTop(dossier);
        var site = dossier.Site;
        // The home page stays light however large the dossier: it shows the latest events and the claims about the
        // latest events, at most PageLimits.Preview of each; the timeline and the index pages have them all.
        var events = Latest(Event.Definition.InOrder(dossier.All<Event>()).ToArray(), limits.Preview);
        var claims = dossier.All<Claim>()
            .OrderByDescending(c => c.Event?.Target.Date.Start ?? DateOnly.MinValue).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(limits.Preview)
            .ToHashSet();
        var mostQuoted = dossier.All<Actor>()
            .Select(a => (Actor: a, Count: dossier.Referring<Quote>(a, Quote.Keys.Speaker).Count))
            .Where(x => x.Count > 0)
            .Select(x => (page.Link(x.Actor), x.Count))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Item1.Text, StringComparer.Ordinal)
            .Take(8);
        var view = new HomeView(
            Title: site.Title,
            Subtitle: site.Subtitle,
            Summary: site.Summary,
            Figures: EntityKinds.All.Select(k => new Figure(k.Title, dossier.Content.All(k).Count, page.Href(k.IndexRoute))).ToArray(),
            Strip: StripLayout.Lay(events, page),
            Timeline: events.Select(page.EventItem).ToArray(),
            MostQuoted: PageContext.Bars(mostQuoted),
            Claims: dossier.All<Claim>().Where(claims.Contains).Select(c => new ClaimItem(page.Link(c), c.Answers.Select(a => a.Statement).ToArray())).ToArray(),
            Articles: dossier.All<Article>()
                .OrderByDescending(a => a.Published?.Start ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(6).Select(a => page.ArticleItem(a)).ToArray());
        return new Page(Routes.Home, "home", site.Title, [], view,
            Description: Plain.FirstSentence(site.Summary) ?? site.Subtitle,
            JsonLd: Metadata.JsonLd.Site(site, page));
    }

    private static T[] Latest<T>(T[] inDateOrder, int count) => inDateOrder[Math.Max(0, inDateOrder.Length - count)..];
}
