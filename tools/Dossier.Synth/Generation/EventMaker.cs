using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>Events in date order, each following one or two recent ones, so 'follows' forms chains and never a loop.</summary>
internal static class EventMaker
{
    public static readonly DateOnly Start = new(2020, 1, 1);

    /// <param name="placeIds">The ids of the names that are places (cities); an event in a country names no place.</param>
    public static IReadOnlyList<SynthEvent> Make(SynthSize size, int seed, IReadOnlyList<SynthActor> actors, IReadOnlyList<string> places,
        IReadOnlyDictionary<string, string> placeIds, Ids ids)
    {
        var rng = Rng.For(seed, "events");
        var prose = new Prose(rng, places);
        var span = Math.Max(30, size.Events * 3);
        var events = new List<SynthEvent>();
        for (var i = 0; i < size.Events; i++)
        {
            var date = Start.AddDays(i * span / size.Events);
            var place = prose.Place();
            var title = $"{Prose.Capital(rng.Pick(Vocabulary.Adjectives))} {rng.Pick(Vocabulary.Nouns)} in {place}";
            var participants = rng.Sample(actors, rng.Between(1, 4))
                .Select(a => new SynthParticipant(a.Id, rng.Pick(Vocabulary.ParticipantRoles))).ToArray();
            var follows = new List<string>();
            if (i > 0 && rng.Chance(0.6))
            {
                // Only earlier events: dates never go backwards along a chain and no chain can close on itself.
                var recent = events.Skip(Math.Max(0, i - 8)).ToArray();
                follows.AddRange(rng.Sample(recent, rng.Chance(0.2) ? 2 : 1).Select(e => e.Id));
            }
            string[] at = placeIds.TryGetValue(place, out var placeId) ? [placeId] : [];
            events.Add(new SynthEvent(ids.Unique(Ids.Slug(title)), title, date, at, prose.Summary(title), participants, follows));
        }
        return events;
    }
}
