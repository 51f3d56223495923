using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class QuotePages : EntityPages<Quote, QuoteView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Quote quote, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var reports = quote.Reported
            .OrderBy(r => r.Article.Target.Published?.Start ?? DateOnly.MaxValue)
            .ThenBy(r => r.Article.Id, StringComparer.Ordinal)
            .Select(r =>
            {
                var article = r.Article.Target;
                var wording = r.Text?.Value ?? quote.Text;
                var verbatim = new Wording(wording).Normalized == new Wording(quote.Text).Normalized;
                var link = page.Link(article) with { Href = page.Href(article.Route + Anchor(dossier, article, quote, quote.Occurrence(r))) };
                return new ReportItem(link, page.Link(article.Outlet.Target), article.Published?.Display, page.Chain(r.Through, article), wording, verbatim,
                    Differences(quote.Text, wording));
            })
            .ToArray();
        var view = new QuoteView(
            Text: quote.Text,
            Speaker: page.Link(quote.Speaker.Target),
            Via: page.Link(quote.Via),
            Said: quote.Said?.Display,
            Occasion: quote.Occasion,
            Event: page.Link(quote.Event),
            About: page.Links(quote.About),
            Reports: reports);
        var speaker = quote.Speaker.Target.Name;
        return [EntityPage(page, quote, view, $"{speaker}: “{Plain.Shorten(quote.Text, 150)}”", Metadata.JsonLd.Quote(quote, page),
            title: $"{speaker}: “{Plain.Shorten(quote.Text, 60)}”")];
    }

    /// <summary>
    /// Where the article shows the report. A report its text does not hold apart from the quote's earlier reports there
    /// (a copied entry, a wording inside an earlier one) has no anchor of its own: it links to the nearest earlier one.
    /// </summary>
    private static string Anchor(ResolvedDossier dossier, Article article, Quote quote, int occurrence)
    {
        var placed = dossier.QuoteSpans(article).Where(s => s.Entity == quote && s.Occurrence <= occurrence).Select(s => s.Occurrence).DefaultIfEmpty(0).Max();
        return placed == 0 ? "" : "#" + Routes.QuoteAnchor(quote.Id, placed);
    }

    /// <summary>Quotes by speaker, each speaker's in date order.</summary>
    public override IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPages(page, limits, dossier.All<Quote>()
            .GroupBy(q => q.Speaker.Target)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new ListGroup(g.Key.Name, Quote.Definition.InOrder(g)
                .Select(q => new ListEntry(page.Link(q), Plain.Join(" · ", q.Said?.Display, Plain.Counted(q.Reported.Count, "report")))).ToArray())));
    }

    /// <summary>The report's wording word by word: the same as the canonical wording, added to it, or missing from it.</summary>
    private static DiffRun[] Differences(string canonical, string wording) =>
        WordDiff.Compare(canonical, wording).Select(piece => new DiffRun(piece.Kind switch
        {
            WordDiff.Kind.Inserted => "inserted",
            WordDiff.Kind.Deleted => "deleted",
            _ => "same",
        }, piece.Text)).ToArray();
}
