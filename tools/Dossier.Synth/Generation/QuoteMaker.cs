using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>
/// Quotes and where they are printed: each reported by 1–4 articles (mostly articles on the quote's event;
/// a repost counts with its original, since it carries the same text), some with a wording that leaves a word out.
/// Every actor speaks at least once; beyond that a few actors speak most.
/// </summary>
internal static class QuoteMaker
{
    public static IReadOnlyList<SynthQuote> Make(
        SynthSize size, int seed, IReadOnlyList<SynthActor> actors, IReadOnlyList<SynthEvent> events,
        IReadOnlyList<SynthArticle> articles, IReadOnlyList<SynthOutlet> outlets, IReadOnlyList<string> places, Ids ids)
    {
        var rng = Rng.For(seed, "quotes");
        var prose = new Prose(rng, places);
        var originals = articles.Where(a => a.Original is null).ToArray();
        var byEvent = originals.SelectMany(a => a.Events.Select(e => (Event: e, Article: a)))
            .ToLookup(x => x.Event, x => x.Article, StringComparer.Ordinal);
        var repostOf = articles.Where(a => a.Original is not null).ToDictionary(a => a.Original!.Article, StringComparer.Ordinal);
        var speakers = rng.Sample(actors, actors.Count);
        var wordings = Wordings.Make(size.Quotes, prose, actors.Select(a => a.ShortName).ToArray(), rng);

        var quotes = new List<SynthQuote>();
        for (var i = 0; i < size.Quotes; i++)
        {
            var speaker = i < speakers.Count ? speakers[i] : speakers[rng.Skewed(speakers.Count)];
            var @event = rng.Chance(0.85) ? rng.Pick(events) : null;
            var candidates = @event is null ? originals : byEvent[@event.Id].ToArray();
            var carriers = Carriers(candidates, ReportCount(rng), repostOf, rng);

            var (text, variant) = wordings[i];

            var reports = new List<SynthReport>();
            var printed = new List<(SynthArticle Article, string Wording)>();
            foreach (var article in carriers)
            {
                var wording = variant is not null && rng.Chance(0.15) ? variant : text;
                // Articles print apostrophes curly about half the time; matching treats them as the same.
                var print = rng.Chance(0.5) ? wording.Replace('\'', '\u2019') : wording;
                reports.Add(new SynthReport(article.Id, wording == text ? null : wording));
                printed.Add((article, print));
                if (repostOf.TryGetValue(article.Id, out var repost)) reports.Add(new SynthReport(repost.Id, wording == text ? null : wording));
            }

            var said = @event?.Date ?? carriers.Min(a => a.Published).AddDays(-rng.Between(0, 2));
            var occasion = rng.Chance(0.2) ? $"interview with {rng.Pick(outlets).Name}" : rng.Pick(Vocabulary.Occasions);
            var about = rng.Chance(0.3) ? rng.Sample(actors, rng.Between(1, 2)).Select(a => a.Id).ToArray() : [];
            var id = ids.Unique($"{Ids.Slug(speaker.ShortName, 2)}-{Ids.Slug(text, 5)}");
            var quote = new SynthQuote(id, speaker.Id, text, said, occasion, @event?.Id, about, reports);
            quotes.Add(quote);
            foreach (var (article, print) in printed) article.Quotes.Add((quote, print));
        }
        return quotes;
    }

    private static int ReportCount(Rng rng) => rng.Unit() switch
    {
        < 0.35 => 1,
        < 0.65 => 2,
        < 0.85 => 3,
        _ => 4,
    };

    /// <summary>Originals that print the quote; with their reposts they make at most four reports (at least one).</summary>
    private static List<SynthArticle> Carriers(
        SynthArticle[] candidates, int wanted, Dictionary<string, SynthArticle> repostOf, Rng rng)
    {
        var carriers = new List<SynthArticle>();
        var reports = 0;
        foreach (var article in rng.Sample(candidates, Math.Min(candidates.Length, wanted)))
        {
            var weight = repostOf.ContainsKey(article.Id) ? 2 : 1;
            if (carriers.Count > 0 && reports + weight > wanted) continue;
            carriers.Add(article);
            reports += weight;
        }
        return carriers;
    }
}
