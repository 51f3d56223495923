using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class OutletPages : EntityPages<Outlet, OutletView>
{
    protected override Page Build(ResolvedDossier dossier, Outlet outlet)
    {
        var page = PageContext.InFolder(dossier);
        var articles = dossier.Referring<Article>(outlet, Article.Keys.Outlet);
        var quotes = dossier.QuotesCarriedBy(outlet);
        var actorsQuoted = quotes
            .GroupBy(q => q.Speaker.Target)
            .Select(g => (page.Link(g.Key), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Text, StringComparer.Ordinal)
            .Take(10);
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
            Articles: articles.Select(a => page.ArticleItem(a, a.Original is null ? null : "repost")).ToArray(),
            Quotes: quotes.Select(page.QuoteItem).ToArray(),
            ActorsQuoted: PageContext.Bars(actorsQuoted),
            QuotesTakenFrom: dossier.Referring<Quote>(outlet, Report.Keys.Through).Select(page.QuoteItem).ToArray(),
            ClaimsTakenFrom: page.Links(dossier.Referring<Claim>(outlet, Claimant.Keys.Through)),
            MentionedIn: MentioningArticles(dossier, page, outlet),
            RepostedElsewhere: dossier.Referring<Article>(outlet, Original.Keys.Outlet)
                .Where(a => a.Outlet.Target != outlet).Select(a => page.ArticleItem(a)).ToArray(),
            RepostsHere: articles
                .Where(a => a.Original?.Outlet?.Target is { } original && original != outlet)
                .Select(a => page.ArticleItem(a, $"originally {a.Original!.Outlet!.Target.Name}")).ToArray());
        return EntityPage(page, outlet, view,
            Plain.FirstSentence(outlet.Summary) ?? $"{outlet.Name}: articles and quotes in the dossier.");
    }

    /// <summary>Outlets by name.</summary>
    public override Page Index(ResolvedDossier dossier)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPage(page, [new ListGroup(null, dossier.All<Outlet>().OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new ListEntry(page.Link(o), Plain.Join(" · ", o.Kind, o.Country,
                Plain.Counted(dossier.Referring<Article>(o, Article.Keys.Outlet).Count, "article")))).ToArray())]);
    }
}
