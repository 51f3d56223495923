using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>Outlets of every kind a dossier quotes: news sites, state media (run by a state actor), agencies, broadcasters, blogs and aggregators.</summary>
internal static class OutletMaker
{
    public static IReadOnlyList<SynthOutlet> Make(SynthSize size, int seed, IReadOnlyList<SynthActor> actors, NameBook names, Ids ids)
    {
        var rng = Rng.For(seed, "outlets");
        var states = actors.Where(a => a.Kind == "state").ToArray();
        var outlets = new List<SynthOutlet>();
        for (var i = 0; i < size.Outlets; i++)
        {
            // The first two kinds are fixed so that even a small dossier has a blog (multi-post seeds) and a news site.
            var kind = i switch { 0 => "news site", 1 => "blog", _ => rng.Pick(Vocabulary.OutletKinds) };
            var country = rng.Pick(states);
            var word = names.Unique(() => names.Word(2, 3));
            var name = kind switch
            {
                "state media" => $"{country.Aliases[0]} {word} Television",
                "news agency" => $"{word} News Agency",
                "broadcaster" => $"Radio {word}",
                "blog" => $"{word} Notes",
                "aggregator" => $"{word} News Now",
                _ => $"The {word} {(rng.Chance(0.5) ? "Times" : "Post")}",
            };
            var summary = $"{Prose.Capital(kind)} based in {country.Aliases[0]}.\nIt reports on the region's {rng.Pick(Vocabulary.Nouns)} and {rng.Pick(Vocabulary.PluralNouns)}.";
            outlets.Add(new SynthOutlet(ids.Unique(Ids.Slug(name)), name, kind, country.Aliases[0],
                kind == "state media" ? country.Id : null, summary));
        }
        return outlets;
    }
}
