using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Model;

/// <summary>Where events happened: a city, an air base, a building, a district. Texts that name it link to its page.</summary>
public sealed class Place(string id, object?[] values, SourceSpan span) : Entity(id, values, span), IMentionable
{
    public static class Keys
    {
        public static readonly Key<string?> Name = Key.Text("name", "the name readers know it by, e.g. Ain al-Asad; mentions of it and of its aliases link to this page", required: true);
        public static readonly Key<string?> Country = Key.Text("country", "the country it is in, e.g. Iraq");
        public static readonly Key<IReadOnlyList<Located<string>>> Aliases = Key.Texts("aliases", "other spellings the texts use, exactly as printed, e.g. [al-Qaem, Qaim]");
        public static readonly Key<Coordinates?> Coordinates = Key.Coordinates("coordinates", "latitude, longitude in decimal degrees, only where the place is well known, e.g. 33.2624, 44.2346");
        public static readonly Key<string?> Summary = Key.Markdown("summary", "Markdown: what the texts say about the place");
    }

    public static readonly EntityKind<Place> Definition = new(
        "place", "places", "Places", "Where the events happened, and the places the texts name.", order: 30,
        [Keys.Name, Keys.Country, Keys.Aliases, Keys.Coordinates, Keys.Summary],
        (id, values, span) => new Place(id, values, span),
        linkText: p => p.Name,
        search: p => new SearchEntry(p.Name, p.Country, Plain.Text(p.Summary)) { Aliases = p.Aliases.Select(x => x.Value).ToArray(), IsName = true })
    {
        Description = "A place where events happened: a city, an air base, a building, a district (countries are actors of kind state).",
        Unreferenced = "List it under an event's 'places', add the spelling the texts use to its 'aliases', or remove the file.",
    };

    public override EntityKind EntityKind => Definition;

    public string Name => Get(Keys.Name) ?? Id;
    public string? Country => Get(Keys.Country);
    public IReadOnlyList<Located<string>> Aliases => Get(Keys.Aliases);
    public Coordinates? Coordinates => Get(Keys.Coordinates);
    public string? Summary => Get(Keys.Summary);
}
