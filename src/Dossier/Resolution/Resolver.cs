using System.Runtime.InteropServices;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Resolution;

/// <summary>
/// Resolve stage, after the references are resolved: the other direction of every reference, and what the texts
/// say (where quotations stand, who is named where). Each step is linear in the size of the dossier (grouping,
/// and one automaton pass over the texts for mentions).
/// </summary>
public static class Resolver
{
    public static ResolvedDossier Resolve(Content content)
    {
        // The text searches run beside the grouping, which needs nothing from them.
        var quoteSpans = Task.Run(() => FindQuoteSpans(content));
        var mentions = Task.Run(() =>
        {
            var spans = FindMentions(content);
            var counts = CountMentions(spans);
            return (Spans: spans, Counts: counts, Alongside: CoMentions(counts));
        });

        var referring = new Dictionary<(Entity, Key), List<Entity>>();
        foreach (var kind in EntityKinds.All)
        {
            foreach (var source in kind.InOrder(content.All(kind)))
            {
                foreach (var (key, reference) in source.References)
                {
                    if (reference.Named is not { } target) continue;
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(referring, (target, key), out _);
                    list ??= [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], source)) list.Add(source);
                }
            }
        }

        var quotesByOutlet = new Dictionary<Outlet, List<Quote>>();
        foreach (var quote in Quote.Definition.InOrder(content.All<Quote>()))
        {
            foreach (var outlet in quote.Reported.Select(r => r.Article.Resolved?.Outlet.Resolved).OfType<Outlet>().Distinct())
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(quotesByOutlet, outlet, out _);
                (list ??= []).Add(quote);
            }
        }

        var mentioning = new Dictionary<Entity, List<Article>>();
        foreach (var article in Article.Definition.InOrder(content.All<Article>()))
        {
            foreach (var (entity, _) in mentions.Result.Counts.GetValueOrDefault(article, []))
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(mentioning, entity, out _);
                (list ??= []).Add(article);
            }
        }

        return new ResolvedDossier(content, referring, quoteSpans.Result, mentions.Result.Spans, mentions.Result.Counts,
            mentioning, mentions.Result.Alongside, quotesByOutlet);
    }

    private static Dictionary<Article, IReadOnlyList<TextSpan>> FindQuoteSpans(Content content)
    {
        // Each article's reports, in the quotes' order; then every article is searched on its own, in parallel.
        var reports = new Dictionary<Article, List<(Quote Quote, int Occurrence, Wording Wording)>>();
        foreach (var quote in content.All<Quote>())
        {
            foreach (var report in quote.Reported)
            {
                if (report.Article.Resolved is not { } article || !content.Texts.ContainsKey(article)) continue;
                if (!reports.TryGetValue(article, out var list)) reports[article] = list = [];
                list.Add((quote, quote.Occurrence(report), new Wording(report.Text?.Value ?? quote.Text)));
            }
        }
        var articles = reports.ToArray();
        var spans = new IReadOnlyList<TextSpan>[articles.Length];
        Parallel.For(0, articles.Length, i =>
        {
            var text = content.Texts[articles[i].Key];
            var found = new List<TextSpan>();
            foreach (var (quote, occurrence, wording) in articles[i].Value)
            {
                var taken = occurrence == 1 ? [] : found.Where(s => s.Entity == quote).Select(s => (s.Paragraph, s.Start, s.End)).ToArray();
                if (wording.FindIn(text.Normalized, taken) is var (paragraph, start, end)) found.Add(new TextSpan(paragraph, start, end, quote, occurrence));
            }
            spans[i] = InReadingOrder(found);
        });
        var byArticle = new Dictionary<Article, IReadOnlyList<TextSpan>>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (spans[i].Count > 0) byArticle[articles[i].Key] = spans[i];
        }
        return byArticle;
    }

    private static Dictionary<Article, IReadOnlyList<TextSpan>> FindMentions(Content content)
    {
        var finder = new MentionFinder(content.Entities);
        var texts = content.Texts.ToArray();
        var spans = new IReadOnlyList<TextSpan>[texts.Length];
        Parallel.For(0, texts.Length, i =>
        {
            var mentions = new List<TextSpan>();
            var scratch = new List<(int, int, Entity)>();
            var paragraphs = texts[i].Value.Normalized;
            for (var p = 0; p < paragraphs.Count; p++) finder.FindInto(p, paragraphs[p], mentions, scratch);
            spans[i] = mentions;
        });
        var byArticle = new Dictionary<Article, IReadOnlyList<TextSpan>>();
        for (var i = 0; i < texts.Length; i++) byArticle[texts[i].Key] = spans[i];
        return byArticle;
    }

    private static Dictionary<Article, IReadOnlyList<(Entity Entity, int Mentions)>> CountMentions(
        IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> mentionSpans) =>
        mentionSpans.ToDictionary(
            m => m.Key,
            m => (IReadOnlyList<(Entity, int)>)m.Value
                .GroupBy(s => s.Entity)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Key.Id, StringComparer.Ordinal)
                .ToArray());

    /// <summary>For each entity named, the others named in the same articles, most shared articles first.</summary>
    private static Dictionary<Entity, IReadOnlyList<(Entity Entity, int Articles)>> CoMentions(
        IReadOnlyDictionary<Article, IReadOnlyList<(Entity Entity, int Mentions)>> mentionsIn)
    {
        // Entities are counted by their place in id order: pairs of ints are cheap to count, and equal counts then sort by id.
        var named = mentionsIn.Values.SelectMany(m => m.Select(x => x.Entity)).Distinct().OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<Entity, int>();
        for (var i = 0; i < named.Length; i++) index[named[i]] = i;

        var counts = new Dictionary<int, Dictionary<int, int>>();
        var mentioned = new List<int>();
        foreach (var article in mentionsIn.Values)
        {
            mentioned.Clear();
            foreach (var (entity, _) in article) mentioned.Add(index[entity]);
            foreach (var a in mentioned)
            {
                if (!counts.TryGetValue(a, out var row)) counts[a] = row = [];
                foreach (var b in mentioned)
                {
                    if (a != b) CollectionsMarshal.GetValueRefOrAddDefault(row, b, out _)++;
                }
            }
        }
        return counts.ToDictionary(
            c => named[c.Key],
            c => (IReadOnlyList<(Entity, int)>)c.Value
                .OrderByDescending(x => x.Value).ThenBy(x => x.Key)
                .Select(x => (named[x.Key], x.Value))
                .ToArray());
    }

    /// <summary>Sorted by position; overlapping quotations stay, the page decides how to show them.</summary>
    private static TextSpan[] InReadingOrder(List<TextSpan> spans) =>
        spans.OrderBy(s => s.Paragraph).ThenBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Occurrence).ToArray();
}
