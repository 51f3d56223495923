using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>
/// The reading text of each article: 500–900 words in paragraphs of a few sentences that name the actors
/// involved, a paragraph for each quote it prints, and the furniture editors meet in real seeds
/// (a title line, a dateline, sub-headings, "Read More" links, a blog's "Posted on" and "Share this" lines).
/// </summary>
internal static class TextMaker
{
    public const string ShareLine = "Share this: Twitter Facebook Email";

    public static void Make(
        int seed, IReadOnlyList<SynthArticle> articles, IReadOnlyList<SynthOutlet> outlets, IReadOnlyList<SynthEvent> events,
        IReadOnlyList<SynthActor> actors, IReadOnlyList<string> places)
    {
        var rng = Rng.For(seed, "texts");
        var prose = new Prose(rng, places);
        var outletsById = outlets.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var eventsById = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var actorsById = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var originals = articles.Where(a => a.Original is null).ToArray();

        foreach (var article in originals)
        {
            var outlet = outletsById[article.Outlet];
            var involved = article.Events.SelectMany(e => eventsById[e].Participants.Select(p => actorsById[p.Actor]))
                .Concat(article.Quotes.Select(q => actorsById[q.Quote.Speaker]))
                .Append(actors[rng.Skewed(actors.Count)])
                .DistinctBy(a => a.Id)
                .ToArray();
            string Mention() => rng.Chance(0.35) ? rng.Pick(involved).Name : rng.Pick(involved).ShortName;

            var paragraphs = new List<string>();
            var words = 0;
            foreach (var (quote, printed) in article.Quotes)
            {
                var speaker = actorsById[quote.Speaker];
                var who = rng.Chance(0.5) ? speaker.Name : speaker.ShortName;
                var paragraph = rng.Below(3) switch
                {
                    0 => $"{who} said: \u201C{printed}.\u201D {prose.Sentence(Mention())}",
                    1 => $"\u201C{printed},\u201D {who} told {outlet.Name} on {rng.Pick(Vocabulary.Weekdays)}.",
                    _ => $"{prose.Sentence(Mention())} In a {quote.Occasion}, {who} added: \u201C{printed}.\u201D",
                };
                paragraphs.Add(paragraph);
                words += Prose.Words(paragraph);
            }

            var target = rng.Between(500, 900);
            var fillers = new List<string>();
            while (words < target || fillers.Count == 0)
            {
                var sentences = Enumerable.Range(0, rng.Between(2, 5)).Select(_ => prose.Sentence(rng.Chance(0.6) ? Mention() : null)).ToArray();
                article.Sentences.AddRange(sentences);
                var paragraph = string.Join(' ', sentences);
                fillers.Add(paragraph);
                words += Prose.Words(paragraph);
            }
            // Quote paragraphs go among the others; the lede is always reporting prose.
            foreach (var paragraph in paragraphs) fillers.Insert(rng.Between(1, fillers.Count), paragraph);

            var blog = ArticleMaker.IsBlog(article, outletsById);
            AddLine(article, article.Title, drop: true);
            AddLine(article, blog
                ? $"Posted on {article.Published:MMMM d, yyyy} by {outlet.Name}"
                : $"{outlet.Name.ToUpperInvariant()} \u2014 {article.Published:MMMM d, yyyy}", drop: true);
            var headings = rng.Chance(0.3) ? rng.Sample(Vocabulary.Headings, rng.Between(1, 2)) : [];
            var readMore = !blog && rng.Chance(0.4) ? $"Read More: {rng.Pick(originals).Title}" : null;
            for (var i = 0; i < fillers.Count; i++)
            {
                if (i >= 2 && headings.Count > 0 && rng.Chance(0.25))
                {
                    article.Lines.Add(headings[0]);
                    article.Headings.Add(headings[0]);
                    headings.RemoveAt(0);
                }
                if (i >= 1 && readMore is not null && rng.Chance(0.3))
                {
                    AddLine(article, readMore, drop: true);
                    readMore = null;
                }
                article.Lines.Add(fillers[i]);
            }
            if (blog) AddLine(article, ShareLine, drop: true);
        }

        foreach (var repost in articles.Where(a => a.Original is not null))
        {
            var original = byId[repost.Original!.Article];
            AddLine(repost, $"Source: {outletsById[original.Outlet].Name}", drop: true);
            repost.Lines.AddRange(original.Lines);
            repost.Drop.AddRange(original.Drop);
            repost.Headings.AddRange(original.Headings);
            repost.Sentences.AddRange(original.Sentences);
        }
    }

    private static void AddLine(SynthArticle article, string line, bool drop)
    {
        article.Lines.Add(line);
        if (drop && !article.Drop.Contains(line)) article.Drop.Add(line);
    }
}
