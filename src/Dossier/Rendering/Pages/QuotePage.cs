using System.Text;
using Dossier.Model;
using Dossier.Rendering.Html;
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
                var link = page.Article(article.Id) with { Href = page.Href($"articles/{article.Id}.html#q-{quote.Id}") };
                return new ReportItem(link, page.Outlet(article.Outlet.Id), article.Published?.Display, wording, verbatim,
                    DiffHtml(quote.Text, wording));
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
        return new Page($"quotes/{quote.Id}.html", "quote", $"{speaker}: “{PageContext.Shorten(quote.Text, 60)}”",
            [page.Home(), page.Index("quotes", "Quotes")], view,
            Description: $"{speaker}: “{PageContext.Shorten(quote.Text, 150)}”",
            JsonLd: Metadata.JsonLd.Quote(quote, page));
    }

    /// <summary>The report's wording with words missing from or added to the canonical wording marked with del/ins.</summary>
    private static string DiffHtml(string canonical, string wording)
    {
        var builder = new StringBuilder();
        foreach (var piece in WordDiff.Compare(canonical, wording))
        {
            if (builder.Length > 0) builder.Append(' ');
            var (open, close) = piece.Kind switch
            {
                WordDiff.Kind.Inserted => ("<ins><span class=\"visually-hidden\">[added: </span>", "<span class=\"visually-hidden\">]</span></ins>"),
                WordDiff.Kind.Deleted => ("<del><span class=\"visually-hidden\">[missing: </span>", "<span class=\"visually-hidden\">]</span></del>"),
                _ => ("", ""),
            };
            builder.Append(open).Append(HtmlText.Escape(piece.Text)).Append(close);
        }
        return builder.ToString();
    }
}
