using System.Runtime.InteropServices;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Resolution;

/// <summary>
/// Resolve stage: one pass over the validated content that builds every backlink and index the pages need.
/// Each step is linear in the size of the dossier (grouping, and one automaton pass over the texts for mentions).
/// </summary>
public static class Resolver
{
    public static ResolvedDossier Resolve(Content content)
    {
        var quotes = content.Quotes.OrderBy(q => q.Said?.Start ?? DateOnly.MaxValue).ThenBy(q => q.Id, StringComparer.Ordinal).ToArray();
        var articles = content.Articles.OrderBy(a => a.Published?.Start ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var events = content.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var claims = content.Claims;

        string? OutletOf(string articleId) => content.ArticlesById.TryGetValue(articleId, out var a) ? a.Outlet.Id : null;

        // The text searches run beside the grouping, which needs nothing from them but the mention counts.
        var quoteSpans = Task.Run(() => FindQuoteSpans(content));
        var mentions = Task.Run(() =>
        {
            var spans = FindMentions(content);
            var counts = CountMentions(content, spans);
            return (Spans: spans, Counts: counts, Alongside: CoMentions(content, counts));
        });

        return new ResolvedDossier(content)
        {
            QuotesBySpeaker = Group(quotes, q => [q.Speaker.Id]),
            QuotesAbout = Group(quotes, q => q.About.Select(a => a.Id)),
            QuotesByEvent = Group(quotes, q => q.Event is null ? [] : [q.Event.Id]),
            QuotesByOutlet = Group(quotes, q => q.Reported.Select(r => OutletOf(r.Article.Id)).OfType<string>()),
            QuotesByArticle = Group(quotes, q => q.Reported.Select(r => r.Article.Id)),
            ArticlesByOutlet = Group(articles, a => [a.Outlet.Id]),
            ArticlesByEvent = Group(articles, a => a.Events.Select(e => e.Id)),
            Reposts = Group(articles, a => a.Original?.Article is { } original ? [original.Id] : []),
            RepostsOfOutlet = Group(articles, a => a.Original?.Outlet is { } outlet ? [outlet.Id] : []),
            EventsByActor = Group(events, e => e.Participants.Select(p => p.Actor.Id)),
            Members = Group(content.Actors, a => a.Affiliations.Select(x => x.Id)),
            OutletsAffiliatedTo = Group(content.Outlets, o => o.Affiliation is { } actor ? [actor.Id] : []),
            FollowedBy = Group(events, e => e.Follows.Select(f => f.Id)),
            ClaimsByEvent = Group(claims, c => c.Event is null ? [] : [c.Event.Id]),
            ClaimsByActor = Group(claims, c => c.Answers.Select(a => a.Claimant?.Id).OfType<string>()),
            ClaimsByArticle = Group(claims, c => c.Answers.Select(a => a.Article.Id)),
            // Last, so that the groups above are built while the texts are searched.
            ArticlesMentioning = Group(articles, a => Lookup(mentions.Result.Counts, a.Id).Select(m => m.Actor.Id)),
            MentionedAlongside = mentions.Result.Alongside,
            MentionsInArticle = mentions.Result.Counts,
            MentionSpans = mentions.Result.Spans,
            QuoteSpans = quoteSpans.Result,
        };
    }

    private static IReadOnlyList<T> Lookup<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> index, string id) =>
        ResolvedDossier.Lookup(index, id);

    /// <summary>Groups items under every key they name, each item once per key, keeping the items' order.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keys(item).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                list.Add(item);
            }
        }
        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> FindQuoteSpans(Content content)
    {
        // Each article's reports, in the quotes' order; then every article is searched on its own, in parallel.
        var reports = new Dictionary<string, List<(string QuoteId, string Needle)>>(StringComparer.Ordinal);
        foreach (var quote in content.Quotes)
        {
            foreach (var report in quote.Reported)
            {
                if (!content.Texts.ContainsKey(report.Article.Id)) continue;
                if (!reports.TryGetValue(report.Article.Id, out var list)) reports[report.Article.Id] = list = [];
                list.Add((quote.Id, NormalizedText.Normalize(report.Text?.Value ?? quote.Text)));
            }
        }
        var articles = reports.ToArray();
        var spans = new IReadOnlyList<TextSpan>[articles.Length];
        Parallel.For(0, articles.Length, i =>
        {
            var text = content.Texts[articles[i].Key];
            var found = new List<TextSpan>();
            foreach (var (quoteId, needle) in articles[i].Value)
            {
                for (var p = 0; p < text.Normalized.Count; p++)
                {
                    if (text.Normalized[p].Find(needle) is not { } range) continue;
                    found.Add(new TextSpan(p, range.Start, range.End, quoteId));
                    break;
                }
            }
            spans[i] = InReadingOrder(found);
        });
        var byArticle = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Length; i++)
        {
            if (spans[i].Count > 0) byArticle[articles[i].Key] = spans[i];
        }
        return byArticle;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> FindMentions(Content content)
    {
        var finder = new MentionFinder(content.Actors);
        var texts = content.Texts.ToArray();
        var spans = new IReadOnlyList<TextSpan>[texts.Length];
        Parallel.For(0, texts.Length, i =>
        {
            var mentions = new List<TextSpan>();
            var scratch = new List<(int, int, string)>();
            var paragraphs = texts[i].Value.Normalized;
            for (var p = 0; p < paragraphs.Count; p++) finder.FindInto(p, paragraphs[p], mentions, scratch);
            spans[i] = mentions;
        });
        var byArticle = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Length; i++) byArticle[texts[i].Key] = spans[i];
        return byArticle;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<(Actor Actor, int Mentions)>> CountMentions(
        Content content, IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> mentionSpans) =>
        mentionSpans.ToDictionary(
            m => m.Key,
            m => (IReadOnlyList<(Actor, int)>)m.Value
                .GroupBy(s => s.Id)
                .Select(g => (content.ActorsById[g.Key], g.Count()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Id, StringComparer.Ordinal)
                .ToArray(),
            StringComparer.Ordinal);

    /// <summary>For each actor, the actors named in the same articles, most shared articles first.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<(Actor Actor, int Articles)>> CoMentions(
        Content content, IReadOnlyDictionary<string, IReadOnlyList<(Actor Actor, int Mentions)>> mentionsInArticle)
    {
        // Actors are counted by their place in id order: pairs of ints are cheap to count, and equal counts then sort by id.
        var actors = content.ActorsById.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++) index[actors[i].Id] = i;

        var counts = new Dictionary<int, Dictionary<int, int>>();
        var mentioned = new List<int>();
        foreach (var article in mentionsInArticle.Values)
        {
            mentioned.Clear();
            foreach (var (actor, _) in article) mentioned.Add(index[actor.Id]);
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
            c => actors[c.Key].Id,
            c => (IReadOnlyList<(Actor, int)>)c.Value
                .OrderByDescending(x => x.Value).ThenBy(x => x.Key)
                .Select(x => (actors[x.Key], x.Value))
                .ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>Sorted by position; overlapping quotations stay, the renderer decides how to show them.</summary>
    private static IReadOnlyList<TextSpan> InReadingOrder(List<TextSpan> spans) =>
        spans.OrderBy(s => s.Paragraph).ThenBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
}
