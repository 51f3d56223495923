using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>A place for each city (countries are state actors), each in one of the countries.</summary>
internal static class PlaceMaker
{
    public static IReadOnlyList<SynthPlace> Make(int seed, IReadOnlyList<string> cities, IReadOnlyList<string> countries,
        IReadOnlyList<string> allPlaces, Ids ids)
    {
        var rng = Rng.For(seed, "places");
        var prose = new Prose(rng, allPlaces);
        return cities.Select(city => new SynthPlace(ids.Unique(Ids.Slug(city)), city, rng.Pick(countries), prose.Summary(city))).ToArray();
    }
}
