using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public static class HomePage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var site = dossier.Site;
        var events = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
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
            Claims: dossier.All<Claim>().Select(c => new ClaimItem(page.Link(c), c.Answers.Select(a => a.Statement).ToArray())).ToArray(),
            Articles: dossier.All<Article>()
                .OrderByDescending(a => a.Published?.Start ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(6).Select(a => page.ArticleItem(a)).ToArray());
        return new Page(Routes.Home, "home", site.Title, [], view,
            Description: Plain.FirstSentence(site.Summary) ?? site.Subtitle,
            JsonLd: Metadata.JsonLd.Site(site, page));
    }
}
