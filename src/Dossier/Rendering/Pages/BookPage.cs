using Dossier.Model;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>
/// The briefing book in chapters: book.html holds the contents and the summary; every other chapter has pages of its
/// own under book/, as many as its entries need, so that each prints on its own and none grows heavy.
/// </summary>
public static class BookPage
{
    private sealed record Chapter(string Name, string Title, string Route, IReadOnlyList<BookView> Parts);

    public static IReadOnlyList<Page> Build(ResolvedDossier dossier, PageLimits limits)
    {
        var top = PageContext.AtTop(dossier);
        var page = PageContext.InFolder(dossier);
        var site = dossier.Site;
        var blank = new BookView(site.Title, site.Subtitle, [], "", null, null, [], [], [], [], [], null, null);

        IReadOnlyList<BookView> Parts<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, BookView> part) =>
            Paging.Split(items, limits).Select(part).ToArray();

        // Each chapter's parts are made again only when what they show changed (`serve`: one actor's summary makes
        // the actors chapter again, not the 60,000 quotes), so all they use is read within.
        IReadOnlyList<BookView> Remembered(string chapter, Func<IReadOnlyList<BookView>> parts) => ReadLog.Remembered($"book {chapter}", parts);
        Event[] Events() => Event.Definition.InOrder(dossier.All<Event>()).ToArray();

        var chapters = new Chapter[]
        {
            new("summary", "Summary", Routes.Book, [blank with { Summary = site.Summary }]),
            new("timeline", "Timeline", Routes.BookChapter("timeline"), Remembered("timeline", () => [blank with { Timeline = TimeAxisLayout.Overview(Events(), page) }])),
            new("events", "Events", Routes.BookChapter("events"), Remembered("events", () => Parts(Events()
                .Select(e => new BookEvent($"event-{e.Id}", page.Link(e), e.When, page.Links(e.Places), e.Summary,
                    e.Participants.Select(p => new ParticipantItem(page.Link(p.Actor.Target), p.Role)).ToArray(),
                    page.Links(e.Follows)))
                .ToArray(), part => blank with { Events = part }))),
            new("claims", "Contested claims", Routes.BookChapter("claims"), Remembered("claims", () => Parts(dossier.All<Claim>()
                .Select(c => new BookClaim($"claim-{c.Id}", page.Link(c), c.Answers.Select(a => ClaimPages.AnswerItem(page, a)).ToArray()))
                .ToArray(), part => blank with { Claims = part }))),
            new("actors", "Actors", Routes.BookChapter("actors"), Remembered("actors", () => Parts(dossier.All<Actor>()
                .OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new BookActor($"actor-{a.Id}", page.Link(a), a.KindName, a.Summary))
                .ToArray(), part => blank with { Actors = part }))),
            new("quotes", "Quotes", Routes.BookChapter("quotes"), Remembered("quotes", () => Paging.Split(Quote.Definition.InOrder(dossier.All<Quote>())
                    .GroupBy(q => q.Speaker.Target)
                    .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
                    .Select(g => (g.Key, (IReadOnlyList<QuoteItem>)g.Select(page.QuoteItem).ToArray()))
                    .ToArray(), limits)
                .Select(part => blank with { Quotes = part.Select(g => new QuoteGroup(page.Link(g.Key), g.Key.Name, g.Items, g.Continued)).ToArray() })
                .ToArray())),
            new("sources", "Sources", Routes.BookChapter("sources"), Remembered("sources", () => Parts(Article.Definition.InOrder(dossier.All<Article>())
                .Select(a => page.ArticleItem(a, a.Original?.Outlet is { } o ? $"originally {o.Target.Name}" : null))
                .ToArray(), part => blank with { Sources = part }))),
        };

        var pages = chapters.SelectMany((chapter, c) => Paging.Pages(chapter.Route, chapter.Parts, (number, part, pager) =>
        {
            var here = chapter.Route == Routes.Book ? top : page;
            var cover = chapter.Name == "summary";
            var last = number == chapter.Parts.Count;
            var title = Paging.Title(cover ? "Briefing book" : $"Briefing book: {chapter.Title}", number, chapter.Parts.Count);
            IReadOnlyList<Link> crumbs = cover ? [here.Home()]
                : number == 1 ? [here.Home(), new Link("Briefing book", here.Href(Routes.Book))]
                : [here.Home(), new Link("Briefing book", here.Href(Routes.Book)), new Link(chapter.Title, here.Href(chapter.Route))];
            var view = part with
            {
                Contents = chapters.Select(other => new BookChapter(new Link(other.Title, here.Href(other.Route)), other == chapter, other.Parts.Count)).ToArray(),
                Chapter = chapter.Name,
                Pager = pager,
                NextChapter = last && c + 1 < chapters.Length ? new Link(chapters[c + 1].Title, here.Href(chapters[c + 1].Route)) : null,
            };
            return new Page(Paging.Route(chapter.Route, number), "book", title, crumbs, view,
                Description: cover ? "The whole briefing in reading order, chapter by chapter, ready to print." : $"The briefing book's chapter “{chapter.Title}”, ready to print.");
        })).ToArray();

        // The head's rel="prev" and rel="next" lead through the whole book in reading order, from chapter to chapter.
        return pages.Select((p, i) => p with
        {
            Previous = i > 0 ? pages[i - 1].Path : null,
            Next = i + 1 < pages.Length ? pages[i + 1].Path : null,
        }).ToArray();
    }
}
