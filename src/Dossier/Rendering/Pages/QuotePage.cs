using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public static class QuotePage
{
    public static Page Build(ResolvedDossier dossier, Quote quote)
    {
        var page = PageContext.InFolder(dossier);
        var content = dossier.Content;
        var reports = quote.Reported
            .Where(r => content.ArticlesById.ContainsKey(r.Article.Id))
            .OrderBy(r => content.ArticlesById[r.Article.Id].Published?.Start ?? DateOnly.MaxValue)
            .ThenBy(r => r.Article.Id, StringComparer.Ordinal)
            .Select(r =>
            {
                var article = content.ArticlesById[r.Article.Id];
                var wording = r.Text?.Value ?? quote.Text;
                var verbatim = NormalizedText.Normalize(wording) == NormalizedText.Normalize(quote.Text);
                var link = page.Article(article.Id) with { Href = page.Href(Routes.Article(article.Id) + "#" + Routes.QuoteAnchor(quote.Id)) };
                return new ReportItem(link, page.Outlet(article.Outlet.Id), article.Published?.Display, wording, verbatim,
                    Differences(quote.Text, wording));
            })
            .ToArray();
        var view = new QuoteView(
            Text: quote.Text,
            Speaker: page.Actor(quote.Speaker.Id),
            Said: quote.Said?.Display,
            Occasion: quote.Occasion,
            Event: page.Event(quote.Event),
            About: quote.About.Select(a => page.Actor(a.Id)).ToArray(),
            Reports: reports);
        var speaker = page.Actor(quote.Speaker.Id).Text;
        return new Page(Routes.Quote(quote.Id), "quote", $"{speaker}: “{PageContext.Shorten(quote.Text, 60)}”",
            [page.Home(), page.Index(Routes.Quotes, "Quotes")], view,
            Description: $"{speaker}: “{PageContext.Shorten(quote.Text, 150)}”",
            JsonLd: Metadata.JsonLd.Quote(quote, page));
    }

    /// <summary>The report's wording word by word: the same as the canonical wording, added to it, or missing from it.</summary>
    private static IReadOnlyList<DiffRun> Differences(string canonical, string wording) =>
        WordDiff.Compare(canonical, wording).Select(piece => new DiffRun(piece.Kind switch
        {
            WordDiff.Kind.Inserted => "inserted",
            WordDiff.Kind.Deleted => "deleted",
            _ => "same",
        }, piece.Text)).ToArray();
}
