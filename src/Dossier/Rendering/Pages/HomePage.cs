using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class HomePage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var content = dossier.Content;
        var mostQuoted = dossier.QuotesBySpeaker
            .Select(g => (page.Actor(g.Key), g.Value.Count))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Item1.Text, StringComparer.Ordinal)
            .Take(8);
        var view = new HomeView(
            Title: content.Site.Title,
            Subtitle: content.Site.Subtitle,
            Summary: content.Site.Summary,
            Figures:
            [
                new Figure("Articles", content.Articles.Count, page.Href(Routes.Index(Routes.Articles))),
                new Figure("Outlets", content.Outlets.Count, page.Href(Routes.Index(Routes.Outlets))),
                new Figure("Actors", content.Actors.Count, page.Href(Routes.Index(Routes.Actors))),
                new Figure("Events", content.Events.Count, page.Href(Routes.Index(Routes.Events))),
                new Figure("Quotes", content.Quotes.Count, page.Href(Routes.Index(Routes.Quotes))),
                new Figure("Contested claims", content.Claims.Count, page.Href(Routes.Index(Routes.Claims))),
            ],
            Strip: StripLayout.Lay(content.Events, page),
            Timeline: content.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Select(page.EventItem).ToArray(),
            MostQuoted: PageContext.Bars(mostQuoted),
            Claims: content.Claims.Select(c => new ClaimItem(page.Claim(c.Id), c.Answers.Select(a => a.Statement).ToArray())).ToArray(),
            Articles: content.Articles
                .OrderByDescending(a => a.Published?.Start ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(6).Select(a => page.ArticleItem(a)).ToArray());
        return new Page(Routes.Home, "home", content.Site.Title, [], view,
            Description: Plain.FirstSentence(content.Site.Summary) ?? content.Site.Subtitle,
            JsonLd: Metadata.JsonLd.Site(content.Site, page));
    }
}
