using Dossier.Model;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class BookPage
{
    public static Page Build(ResolvedDossier dossier)
    {
        var page = PageContext.AtTop(dossier);
        var content = dossier.Content;
        var view = new BookView(
            Title: content.Site.Title,
            Subtitle: content.Site.Subtitle,
            Summary: content.Site.Summary,
            Timeline: TimelineLayout.Lay(content.Events, page),
            Events: content.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new BookEvent($"event-{e.Id}", page.Event(e.Id), PageContext.DateOf(e), e.Place, e.Summary,
                    e.Participants.Select(p => new ParticipantItem(page.Actor(p.Actor.Id), p.Role)).ToArray(),
                    e.Follows.Select(f => page.Event(f.Id)).ToArray()))
                .ToArray(),
            Claims: content.Claims.Select(c => new BookClaim($"claim-{c.Id}", page.Claim(c.Id), c.Answers
                    .Where(a => content.ArticlesById.ContainsKey(a.Article.Id))
                    .Select(a => new AnswerItem(a.Statement, page.Actor(a.Claimant), page.Article(a.Article.Id),
                        page.Outlet(content.ArticlesById[a.Article.Id].Outlet.Id), content.ArticlesById[a.Article.Id].Published?.Display, a.Text.Value))
                    .ToArray()))
                .ToArray(),
            Actors: content.Actors.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new BookActor($"actor-{a.Id}", page.Actor(a.Id), a.Kind.ToString().ToLowerInvariant(), a.Summary))
                .ToArray(),
            Quotes: dossier.QuotesBySpeaker
                .OrderBy(g => page.Actor(g.Key).Text, StringComparer.Ordinal)
                .Select(g => new QuoteGroup(page.Actor(g.Key), page.Actor(g.Key).Text, g.Value.Select(page.QuoteItem).ToArray()))
                .ToArray(),
            Sources: content.Articles
                .OrderBy(a => a.Published?.Start ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => page.ArticleItem(a, a.Original?.Outlet is { } o ? $"originally {page.Outlet(o.Id).Text}" : null))
                .ToArray());
        return new Page(Routes.Book, "book", "Briefing book", [page.Home()], view,
            Description: "The whole briefing on one page, in reading order, ready to print.");
    }
}
