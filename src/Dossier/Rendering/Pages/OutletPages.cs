using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class OutletPages : EntityPages<Outlet, OutletView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Outlet outlet, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var lists = new FullLists(dossier, Kind, outlet, limits);
        var articles = dossier.Referring<Article>(outlet, Article.Keys.Outlet);
        var quotes = dossier.QuotesCarriedBy(outlet);
        var actorsQuoted = quotes
            .GroupBy(q => q.Speaker.Target)
            .Select(g => (page.Link(g.Key), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Text, StringComparer.Ordinal)
            .Take(10);
        var (published, allPublished) = lists.Add("articles", $"Articles published by {outlet.Name}", articles,
            (p, a) => p.ArticleItem(a, a.Original is null ? null : "repost"));
        var (carried, allCarried) = lists.Add("quotes", $"Quotes carried by {outlet.Name}", quotes, (p, q) => p.QuoteItem(q));
        var (takenFrom, allTakenFrom) = lists.Add("quotes-taken-from", $"Quotes that articles took from {outlet.Name}",
            dossier.Referring<Quote>(outlet, Report.Keys.Through), (p, q) => p.QuoteItem(q));
        var (mentionedIn, allMentionedIn) = lists.Add("mentioned-in", $"Articles that name {outlet.Name}", dossier.Mentioning(outlet),
            (p, a) => MentioningArticle(dossier, p, a, outlet));
        var (elsewhere, allElsewhere) = lists.Add("reposted-elsewhere", $"Pieces by {outlet.Name} published elsewhere",
            dossier.Referring<Article>(outlet, Original.Keys.Outlet).Where(a => a.Outlet.Target != outlet).ToArray(), (p, a) => p.ArticleItem(a));
        var (here, allHere) = lists.Add("reposts-here", $"Pieces {outlet.Name} reposted from elsewhere",
            articles.Where(a => a.Original?.Outlet?.Target is { } original && original != outlet).ToArray(), Repost);
        var view = new OutletView(
            Name: outlet.Name,
            Aliases: outlet.Aliases.Select(a => a.Value).ToArray(),
            Kind: outlet.Kind,
            Country: outlet.Country,
            Affiliation: page.Link(outlet.Affiliation),
            Homepage: outlet.Homepage,
            InDossier: Plain.CountedList(
                (articles.Count, "article"),
                (quotes.Count, "quote"),
                (dossier.Referring<Quote>(outlet, Report.Keys.Through).Count, "citation")),
            Summary: outlet.Summary,
            Articles: published.Select(a => page.ArticleItem(a, a.Original is null ? null : "repost")).ToArray(),
            AllArticles: allPublished,
            Quotes: carried.Select(page.QuoteItem).ToArray(),
            AllQuotes: allCarried,
            ActorsQuoted: PageContext.Bars(actorsQuoted),
            QuotesTakenFrom: takenFrom.Select(page.QuoteItem).ToArray(),
            AllQuotesTakenFrom: allTakenFrom,
            ClaimsTakenFrom: page.Links(dossier.Referring<Claim>(outlet, Claimant.Keys.Through)),
            MentionedIn: mentionedIn.Select(a => MentioningArticle(dossier, page, a, outlet)).ToArray(),
            AllMentionedIn: allMentionedIn,
            RepostedElsewhere: elsewhere.Select(a => page.ArticleItem(a)).ToArray(),
            AllRepostedElsewhere: allElsewhere,
            RepostsHere: here.Select(a => Repost(page, a)).ToArray(),
            AllRepostsHere: allHere);
        return [EntityPage(page, outlet, view,
            Plain.FirstSentence(outlet.Summary) ?? $"{outlet.Name}: articles and quotes in the dossier."), .. lists.Pages];
    }

    private static ArticleItem Repost(PageContext page, Article article) => page.ArticleItem(article, $"originally {article.Original!.Outlet!.Target.Name}");

    /// <summary>Outlets by name.</summary>
    public override IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPages(page, limits, [new ListGroup(null, dossier.All<Outlet>().OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new ListEntry(page.Link(o), Plain.Join(" · ", o.Kind, o.Country,
                Plain.Counted(dossier.Referring<Article>(o, Article.Keys.Outlet).Count, "article")))).ToArray())]);
    }
}
