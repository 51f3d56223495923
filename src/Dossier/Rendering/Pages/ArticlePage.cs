using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class ArticlePage
{
    public static Page Build(ResolvedDossier dossier, Article article)
    {
        var page = PageContext.InFolder(dossier);
        var content = dossier.Content;
        var quoteSpans = ResolvedDossier.Lookup(dossier.QuoteSpans, article.Id).ToLookup(s => s.Paragraph);
        var mentionSpans = ResolvedDossier.Lookup(dossier.MentionSpans, article.Id).ToLookup(s => s.Paragraph);
        var paragraphs = content.Texts.TryGetValue(article.Id, out var text) ? text.Paragraphs : [];

        var view = new ArticleView(
            Title: article.Title,
            Outlet: page.Outlet(article.Outlet.Id),
            Published: article.Published?.Display,
            Byline: article.Byline,
            Url: article.Url,
            Source: article.Source.Value,
            Original: article.Original is { } original
                ? new OriginalItem(page.Outlet(original.Outlet), page.Article(original.Article), original.Note)
                : null,
            RepostedBy: ResolvedDossier.Lookup(dossier.Reposts, article.Id).Select(a => page.ArticleItem(a)).ToArray(),
            Events: article.Events.Select(e => page.Event(e.Id)).ToArray(),
            Paragraphs: paragraphs.Select((p, i) => new ParagraphItem(
                $"p{p.Number}",
                p.IsHeading,
                ParagraphRuns.Cut(p.Text, quoteSpans[i].ToArray(), mentionSpans[i].ToArray(), page.Root))).ToArray(),
            Quoted: ResolvedDossier.Lookup(dossier.QuoteSpans, article.Id)
                .Select(s => content.QuotesById[s.Id])
                .Select(q => new QuotedItem(page.Actor(q.Speaker.Id), page.Quote(q.Id), "#" + Routes.QuoteAnchor(q.Id)))
                .ToArray(),
            Mentioned: PageContext.Bars(ResolvedDossier.Lookup(dossier.MentionsInArticle, article.Id)
                .Select(m => (page.Actor(m.Actor.Id), m.Mentions))),
            Claims: ResolvedDossier.Lookup(dossier.ClaimsByArticle, article.Id).Select(c => page.Claim(c.Id)).ToArray());
        var outlet = page.Outlet(article.Outlet.Id).Text;
        return new Page(Routes.Article(article.Id), "article", article.Title,
            [page.Home(), page.Index(Routes.Articles, "Articles")], view,
            Description: $"{article.Title} — {outlet}{(article.Published is { } d ? ", " + d.Display : "")}.",
            JsonLd: Metadata.JsonLd.Article(article, page));
    }
}
