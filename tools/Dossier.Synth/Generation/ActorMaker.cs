using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>Actors in the mix of a real dossier (mostly people; some states, organisations and armed groups) and the places they are from.</summary>
internal static class ActorMaker
{
    private static readonly string[] OrgAdjectives =
        ["National", "Supreme", "Defence", "Security", "Popular", "Federal", "Democratic", "United", "Independent", "Regional"];

    private static readonly string[] GroupNouns = ["Brigades", "Movement", "Battalions", "Guard", "Front", "Forces"];

    public static (IReadOnlyList<SynthActor> Actors, IReadOnlyList<string> Countries, IReadOnlyList<string> Cities) Make(SynthSize size, int seed, NameBook names, Ids ids)
    {
        var rng = Rng.For(seed, "actors");
        var states = Math.Max(2, size.Actors * 8 / 100);
        var organizations = Math.Max(1, size.Actors * 20 / 100);
        var groups = Math.Max(1, size.Actors * 12 / 100);
        var people = size.Actors - states - organizations - groups;

        var countries = Enumerable.Range(0, states).Select(_ => names.Unique(() => names.Word(2, 3) + "ia")).ToArray();
        var cities = Enumerable.Range(0, Math.Max(20, size.Actors / 4)).Select(_ => names.Unique(() => names.Word(2, 3))).ToArray();
        var places = countries.Concat(cities).ToArray();
        var prose = new Prose(rng, places);

        var actors = new List<SynthActor>();
        foreach (var country in countries)
        {
            var name = $"Republic of {country}";
            names.TryClaim(name);
            actors.Add(new SynthActor(ids.Unique(Ids.Slug(country)), name, "state", [country], [], [], prose.Summary(name)));
        }
        var stateIds = actors.Select(a => a.Id).ToArray();

        var organizationIds = new List<string>();
        for (var i = 0; i < organizations; i++)
        {
            var name = names.Unique(() => $"{rng.Pick(cities)} {rng.Pick(OrgAdjectives)} {rng.Pick(Vocabulary.OrgNouns)}");
            var acronym = string.Concat(name.Split(' ').Select(w => w[0]));
            string[] aliases = names.TryClaim(acronym) ? [acronym] : [];
            var id = ids.Unique(Ids.Slug(name));
            organizationIds.Add(id);
            var affiliations = rng.Chance(0.5) ? new[] { rng.Pick(stateIds) } : [];
            actors.Add(new SynthActor(id, name, "organization", aliases, [], affiliations, prose.Summary(name)));
        }

        var groupIds = new List<string>();
        for (var i = 0; i < groups; i++)
        {
            var word = names.Unique(() => names.Word(2, 3));
            var name = $"{word} {rng.Pick(GroupNouns)}";
            names.TryClaim(name);
            var id = ids.Unique(Ids.Slug(name));
            groupIds.Add(id);
            actors.Add(new SynthActor(id, name, "group", [word], [], [], prose.Summary(name)));
        }

        var firstNames = Enumerable.Range(0, 120).Select(_ => names.Word(2, 2)).Distinct().ToArray();
        var bodies = stateIds.Concat(organizationIds).ToArray();
        var parties = organizationIds.Concat(groupIds).ToArray();
        for (var i = 0; i < people; i++)
        {
            var surname = names.Unique(() => names.Word(2, 3));
            var name = $"{rng.Pick(firstNames)} {surname}";
            names.TryClaim(name);
            SynthRole[] roles = rng.Chance(0.7)
                ? [new SynthRole(rng.Pick(Vocabulary.RoleTitles), rng.Pick(bodies), rng.Chance(0.3) ? new DateOnly(2018, rng.Between(1, 12), 1) : null)]
                : [];
            var affiliations = rng.Chance(0.5) ? new[] { rng.Pick(parties) } : [];
            actors.Add(new SynthActor(ids.Unique(Ids.Slug(name)), name, "person", [surname], roles, affiliations, prose.Summary(name)));
        }
        return (actors, countries, cities);
    }
}
