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
        var site = dossier.Site;
        var events = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
        var view = new BookView(
            Title: site.Title,
            Subtitle: site.Subtitle,
            Summary: site.Summary,
            Timeline: TimeAxisLayout.Overview(events, page),
            Events: events
                .Select(e => new BookEvent($"event-{e.Id}", page.Link(e), e.When, page.Links(e.Places), e.Summary,
                    e.Participants.Select(p => new ParticipantItem(page.Link(p.Actor.Target), p.Role)).ToArray(),
                    page.Links(e.Follows)))
                .ToArray(),
            Claims: dossier.All<Claim>().Select(c => new BookClaim($"claim-{c.Id}", page.Link(c),
                    c.Answers.Select(a => ClaimPages.AnswerItem(page, a)).ToArray()))
                .ToArray(),
            Actors: dossier.All<Actor>().OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new BookActor($"actor-{a.Id}", page.Link(a), a.KindName, a.Summary))
                .ToArray(),
            Quotes: Quote.Definition.InOrder(dossier.All<Quote>())
                .GroupBy(q => q.Speaker.Target)
                .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
                .Select(g => new QuoteGroup(page.Link(g.Key), g.Key.Name, g.Select(page.QuoteItem).ToArray()))
                .ToArray(),
            Sources: Article.Definition.InOrder(dossier.All<Article>())
                .Select(a => page.ArticleItem(a, a.Original?.Outlet is { } o ? $"originally {o.Target.Name}" : null))
                .ToArray());
        return new Page(Routes.Book, "book", "Briefing book", [page.Home()], view,
            Description: "The whole briefing on one page, in reading order, ready to print.");
    }
}
