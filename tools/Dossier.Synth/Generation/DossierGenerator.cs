using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>
/// A synthetic dossier of a given size, the same for the same seed: the entities first (who and what),
/// then the articles that report events, the quotes they print, their texts, the seed files holding
/// the texts, and last the claims, whose passages are taken from the finished texts.
/// </summary>
public static class DossierGenerator
{
    public static SynthDossier Generate(int articles, int seed)
    {
        var size = SynthSize.For(articles);
        var names = new NameBook(Rng.For(seed, "names"));
        var ids = new Ids();
        var (actors, countries, cities) = ActorMaker.Make(size, seed, names, ids);
        var places = countries.Concat(cities).ToArray();
        var placeEntities = PlaceMaker.Make(seed, cities, countries, places, ids);
        var outlets = OutletMaker.Make(size, seed, actors, names, ids);
        var events = EventMaker.Make(size, seed, actors, places, placeEntities.ToDictionary(p => p.Name, p => p.Id), ids);
        var texts = ArticleMaker.Make(size, seed, outlets, events, actors, places, ids);
        var quotes = QuoteMaker.Make(size, seed, actors, events, texts, outlets, places, ids);
        TextMaker.Make(seed, texts, outlets, events, actors, places);
        var seeds = SeedMaker.Make(seed, texts, outlets);
        var claims = ClaimMaker.Make(size, seed, events, texts, actors, ids);
        return new SynthDossier(size, outlets, actors, placeEntities, events, texts, quotes, claims, seeds);
    }
}
