using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class ArticlePages : EntityPages<Article, ArticleView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Article article, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var paragraphs = dossier.Content.TextOf(article) is { } text ? text.Paragraphs : [];

        var view = new ArticleView(
            Title: article.Title,
            TitleSupplied: article.TitleSupplied,
            Outlet: page.Link(article.Outlet.Target),
            Published: article.Published?.Display,
            Byline: article.Byline,
            Url: article.Url,
            Source: article.Source.Value,
            Original: article.Original is { } original
                ? new OriginalItem(page.Link(original.Outlet), page.Link(original.Article), original.Note)
                : null,
            RepostedBy: dossier.Referring<Article>(article, Original.Keys.Article).Select(a => page.ArticleItem(a)).ToArray(),
            Events: page.Links(article.Events),
            Paragraphs: Paragraphs(paragraphs, dossier.QuoteSpans(article), dossier.MentionSpans(article), page.Root),
            Quoted: dossier.QuoteSpans(article)
                .Select(s => (Quote: (Quote)s.Entity, s.Occurrence))
                .Select(q => new QuotedItem(page.Link(q.Quote.Speaker.Target), page.Link(q.Quote), "#" + Routes.QuoteAnchor(q.Quote.Id, q.Occurrence)))
                .ToArray(),
            Mentioned: PageContext.Bars(dossier.MentionsIn(article).Select(m => (page.Link(m.Entity), m.Mentions))),
            Claims: page.Links(dossier.Referring<Claim>(article, Claimant.Keys.Article)));
        var outlet = article.Outlet.Target.Name;
        return [EntityPage(page, article, view,
            $"{article.Title} — {outlet}{(article.Published is { } d ? ", " + d.Display : "")}.",
            Metadata.JsonLd.Article(article, page))];
    }

    private static ParagraphItem[] Paragraphs(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<TextSpan> quotes, IReadOnlyList<TextSpan> mentions, string root)
    {
        var items = new ParagraphItem[paragraphs.Count];
        var (quote, mention) = (0, 0);
        for (var i = 0; i < items.Length; i++)
        {
            var p = paragraphs[i];
            items[i] = new ParagraphItem($"p{p.Number}", p.IsHeading,
                ParagraphRuns.Cut(p.Text, InParagraph(quotes, i, ref quote), InParagraph(mentions, i, ref mention), root));
        }
        return items;
    }

    // Spans come in reading order, so each paragraph's are the ones that follow the last paragraph's.
    private static TextSpan[] InParagraph(IReadOnlyList<TextSpan> spans, int paragraph, ref int next)
    {
        while (next < spans.Count && spans[next].Paragraph < paragraph) next++;
        var first = next;
        while (next < spans.Count && spans[next].Paragraph == paragraph) next++;
        if (next == first) return [];
        var found = new TextSpan[next - first];
        for (var i = 0; i < found.Length; i++) found[i] = spans[first + i];
        return found;
    }

    protected override string? Detail(ResolvedDossier dossier, Article article) =>
        Plain.Join(" · ", article.Outlet.Target.Name, article.Published?.Display);
}
