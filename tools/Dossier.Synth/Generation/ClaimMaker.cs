using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>Contested claims: a question about an event and two to four answers, each a passage of a different article on it.</summary>
internal static class ClaimMaker
{
    private static readonly string[] NoFigure = ["None", "Not stated", "Dozens", "Hundreds", "Fewer than ten"];

    public static IReadOnlyList<SynthClaim> Make(
        SynthSize size, int seed, IReadOnlyList<SynthEvent> events, IReadOnlyList<SynthArticle> articles,
        IReadOnlyList<SynthActor> actors, Ids ids)
    {
        var rng = Rng.For(seed, "claims");
        var byEvent = articles.SelectMany(a => a.Events.Select(e => (Event: e, Article: a)))
            .ToLookup(x => x.Event, x => x.Article, StringComparer.Ordinal);
        var contested = events.Where(e => byEvent[e.Id].Count() >= 2).ToArray();

        var claims = new List<SynthClaim>();
        for (var i = 0; i < size.Claims; i++)
        {
            var @event = contested.Length > 0 ? rng.Pick(contested) : null;
            var pool = @event is null ? articles : byEvent[@event.Id].ToArray();
            var sources = rng.Sample(pool, rng.Between(2, 4));
            var things = rng.Pick(Vocabulary.PluralNouns);
            var question = @event is null
                ? $"How many {things} were involved?"
                : $"How many {things} were involved in the {char.ToLowerInvariant(@event.Title[0])}{@event.Title[1..]}?";
            var answers = sources.Select(article => new SynthAnswer(
                    Answer: rng.Chance(0.9) ? $"{rng.Between(2, 300)} {things}" : rng.Pick(NoFigure),
                    Claimants: [new SynthClaimant(
                        Actor: rng.Chance(0.7) ? (@event is not null && rng.Chance(0.6) ? rng.Pick(@event.Participants).Actor : rng.Pick(actors).Id) : null,
                        Article: article.Id,
                        Text: rng.Pick(article.Sentences))]))
                .ToArray();
            claims.Add(new SynthClaim(ids.Unique(Ids.Slug(question, 8)), question, @event?.Id, answers));
        }
        return claims;
    }
}
