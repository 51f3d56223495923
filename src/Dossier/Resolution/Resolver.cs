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
    /// <summary>
    /// Resolves <paramref name="content"/>. Given the dossier it resolved last time (`serve` keeps it), an article
    /// whose text is the very one searched then, searched for the same things, is not searched again.
    /// </summary>
    public static ResolvedDossier Resolve(Content content, ResolvedDossier? previous = null)
    {
        var replacements = previous is null ? null : Replacements.Between(previous.Content, content);
        var replaced = replacements?.NewOf;
        var finder = new MentionFinder(content.Entities);
        // The text searches run beside the grouping, which needs nothing from them.
        var quoteSpans = Task.Run(() => previous is not null && SameQuotesAndTexts(previous.Content, content, replacements!)
            ? (Spans: previous.QuoteSpansByArticle, Searches: previous.QuoteSearches)
            : FindQuoteSpans(content, previous, replaced));
        var mentions = Task.Run(() =>
        {
            var (spans, searched) = FindMentions(content, finder, previous?.Finder.FindsAsWell(finder) == true ? previous : null, replaced);
            var counts = CountMentions(spans, previous);
            return (Spans: spans, Counts: counts, Searched: searched);
        });

        var repointed = previous is null ? null : Repointed(content, previous, replaced!);
        var referring = repointed ?? Referring(content);
        // Where no text was searched again and no article changed, the same articles name the same entities.
        var mentioning = previous is not null && !mentions.Result.Searched && !replacements!.Touched(e => e is Article)
            ? previous.MentioningMap.ToDictionary(m => replaced!.GetValueOrDefault(m.Key) ?? m.Key, m => m.Value)
            : Mentioning(content, mentions.Result.Counts);

        return new ResolvedDossier(content, referring, quoteSpans.Result.Spans, mentions.Result.Spans, mentions.Result.Counts,
            mentioning, finder, quoteSpans.Result.Searches, referringAsIn: repointed is null ? null : previous);
    }

    /// <summary>The articles whose text names each entity, in the articles' order.</summary>
    private static Dictionary<Entity, List<Article>> Mentioning(Content content, IReadOnlyDictionary<Article, (Entity Entity, int Mentions)[]> counts)
    {
        var mentioning = new Dictionary<Entity, List<Article>>();
        foreach (var article in Article.Definition.InOrder(content.All<Article>()))
        {
            foreach (var (entity, _) in counts.GetValueOrDefault(article, []))
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(mentioning, entity, out _);
                (list ??= []).Add(article);
            }
        }
        return mentioning;
    }

    /// <summary>Who refers to each entity, under which key, in the order of the referring kind.</summary>
    private static Dictionary<(Entity, Key), List<Entity>> Referring(Content content)
    {
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
        return referring;
    }

    /// <summary>
    /// The last build's map of who refers to what, where no entity came or went and every changed one refers to the
    /// same ids under the same keys and keeps its place in its kind's order: the same map, pointing at this build's
    /// objects. Null where it cannot be (the map is then made anew).
    /// </summary>
    private static Dictionary<(Entity, Key), List<Entity>>? Repointed(Content content, ResolvedDossier previous, Dictionary<Entity, Entity?> replaced)
    {
        if (EntityKinds.All.Any(k => previous.Content.All(k).Count != content.All(k).Count)) return null;
        foreach (var (old, now) in replaced)
        {
            if (now is null || !old.EntityKind.SameOrder(old, now) || !SameReferences(old, now)) return null;
        }
        var map = new Dictionary<(Entity, Key), List<Entity>>(previous.ReferringMap.Count);
        foreach (var ((target, key), sources) in previous.ReferringMap)
        {
            var list = sources.Any(replaced.ContainsKey) ? sources.Select(e => replaced.GetValueOrDefault(e) ?? e).ToList() : sources;
            map[(replaced.GetValueOrDefault(target) ?? target, key)] = list;
        }
        return map;
    }

    /// <summary>No quote or article changed, came or went, and every text is the one searched last time: the same quotations stand in the same places.</summary>
    private static bool SameQuotesAndTexts(Content before, Content after, Replacements replacements) =>
        !replacements.Touched(e => e is Quote or Article)
        && before.Texts.Count == after.Texts.Count
        && after.Texts.All(t => before.Texts.TryGetValue(t.Key, out var text) && ReferenceEquals(text, t.Value));

    private static bool SameReferences(Entity before, Entity after) =>
        before.References.Select(r => (r.Key, r.Ref.Id, r.Ref.TargetType)).SequenceEqual(after.References.Select(r => (r.Key, r.Ref.Id, r.Ref.TargetType)));

    private static (IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> Spans, IReadOnlyDictionary<ArticleText, QuoteSearch> Searches) FindQuoteSpans(
        Content content, ResolvedDossier? previous, Dictionary<Entity, Entity?>? replaced)
    {
        // Each article's reports, in the quotes' order; then every article is searched on its own, in parallel.
        var reports = new Dictionary<Article, List<(Quote Quote, int Occurrence, string Wording)>>();
        foreach (var quote in content.All<Quote>())
        {
            foreach (var report in quote.Reported)
            {
                if (report.Article.Resolved is not { } article || !content.Texts.ContainsKey(article)) continue;
                if (!reports.TryGetValue(article, out var list)) reports[article] = list = [];
                list.Add((quote, quote.Occurrence(report), report.Text?.Value ?? quote.Text));
            }
        }
        var texts = content.Texts;
        var articles = reports.ToArray();
        var spans = new IReadOnlyList<TextSpan>[articles.Length];
        var searches = new QuoteSearch[articles.Length];
        Parallel.For(0, articles.Length, i =>
        {
            var text = texts[articles[i].Key];
            var search = searches[i] = new QuoteSearch(articles[i].Value.Select(r => (Read.Of(r.Quote), r.Occurrence, r.Wording)).ToArray());
            if (previous?.QuoteSearches.GetValueOrDefault(text) is { } before && before.Reports.AsSpan().SequenceEqual(search.Reports)
                && InCurrent(before.Found, replaced!) is { } kept)
            {
                spans[i] = search.Found = kept;
                return;
            }
            var found = new List<TextSpan>();
            foreach (var (quote, occurrence, reported) in articles[i].Value)
            {
                var wording = new Wording(reported);
                var taken = occurrence == 1 ? [] : found.Where(s => s.Entity == quote).Select(s => (s.Paragraph, s.Start, s.End)).ToArray();
                if (wording.FindIn(text.Normalized, taken) is var (paragraph, start, end)) found.Add(new TextSpan(paragraph, start, end, quote, occurrence));
            }
            spans[i] = search.Found = InReadingOrder(found);
        });
        var byArticle = new Dictionary<Article, IReadOnlyList<TextSpan>>();
        var byText = new Dictionary<ArticleText, QuoteSearch>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Length; i++)
        {
            if (spans[i].Count > 0) byArticle[articles[i].Key] = spans[i];
            byText[texts[articles[i].Key]] = searches[i];
        }
        return (byArticle, byText);
    }

    /// <summary>Whom each text names; and whether any text was searched, rather than all taken over from the last build.</summary>
    private static (Dictionary<Article, IReadOnlyList<TextSpan>> Spans, bool Searched) FindMentions(Content content, MentionFinder finder,
        ResolvedDossier? sameNames, Dictionary<Entity, Entity?>? replaced)
    {
        var searched = 0;
        var texts = content.Texts.ToArray();
        var before = sameNames?.MentionSpansByText();
        var spans = new IReadOnlyList<TextSpan>[texts.Length];
        Parallel.For(0, texts.Length, i =>
        {
            if (before?.GetValueOrDefault(texts[i].Value) is { } found && InCurrent(found, replaced!) is { } kept)
            {
                spans[i] = kept;
                return;
            }
            Interlocked.Exchange(ref searched, 1);
            var mentions = new List<TextSpan>();
            var scratch = new List<(int, int, Entity)>();
            var paragraphs = texts[i].Value.Normalized;
            for (var p = 0; p < paragraphs.Count; p++) finder.FindInto(p, paragraphs[p], mentions, scratch);
            spans[i] = mentions;
        });
        var byArticle = new Dictionary<Article, IReadOnlyList<TextSpan>>();
        for (var i = 0; i < texts.Length; i++) byArticle[texts[i].Key] = spans[i];
        return (byArticle, searched != 0);
    }

    /// <summary>
    /// Spans found in the last build, pointing at this build's entities: the same list where none changed, null where
    /// one is gone (the text is searched again).
    /// </summary>
    private static IReadOnlyList<TextSpan>? InCurrent(IReadOnlyList<TextSpan> spans, Dictionary<Entity, Entity?> replaced)
    {
        if (replaced.Count == 0 || !spans.Any(s => replaced.ContainsKey(s.Entity))) return spans;
        var current = new TextSpan[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            if (!replaced.TryGetValue(spans[i].Entity, out var now)) current[i] = spans[i];
            else if (now is null) return null;
            else current[i] = spans[i] with { Entity = now };
        }
        return current;
    }

    private static Dictionary<Article, (Entity Entity, int Mentions)[]> CountMentions(
        IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> mentionSpans, ResolvedDossier? previous)
    {
        // Spans that are the very list counted last time (same text, same names, same entities) count the same.
        var before = previous?.MentionCountsBySpans();
        return mentionSpans.ToDictionary(
            m => m.Key,
            m => before?.GetValueOrDefault(m.Value) ?? m.Value
                .GroupBy(s => s.Entity)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Key.Id, StringComparer.Ordinal)
                .ToArray());
    }

    /// <summary>Sorted by position; overlapping quotations stay, the page decides how to show them.</summary>
    private static TextSpan[] InReadingOrder(List<TextSpan> spans) =>
        spans.OrderBy(s => s.Paragraph).ThenBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Occurrence).ToArray();
}
