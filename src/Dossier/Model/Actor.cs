using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Model;

/// <summary>A person, organisation, state or group that acts, speaks or is spoken of in the sources.</summary>
public sealed class Actor(string id, object?[] values, SourceSpan span) : Entity(id, values, span), IMentionable
{
    public static class Keys
    {
        public static readonly Key<string?> Name = Key.Text("name", "the full name; mentions of it in the texts link to this page", required: true);
        public static readonly Key<string?> Kind = Key.Choice("kind", ["person", "organization", "state", "group"], "person, organization, state or group", required: true);
        public static readonly Key<IReadOnlyList<Located<string>>> Aliases = Key.Texts("aliases", "other spellings the texts use, exactly as printed, e.g. [Rouhani, President Rouhani]");
        public static readonly ItemsKey<Role> Roles = Key.Items("roles", Role.Definition, "positions held, one entry each");
        public static readonly ReferencesKey<Actor> Affiliations = Key.References<Actor>("affiliations", "actor ids of the groups, parties or states this actor belongs to");
        public static readonly Key<PartialDate?> Born = Key.Date("born", "date of birth, only where the text gives it");
        public static readonly Key<PartialDate?> Died = Key.Date("died", "date of death, only where the text gives it");
        public static readonly Key<string?> Summary = Key.Markdown("summary", "Markdown: who this is, as the texts describe them");
    }

    public static readonly EntityKind<Actor> Definition = new(
        "actor", "actors", "Actors", "People, organisations, groups and states in the dossier.", order: 20,
        [Keys.Name, Keys.Kind, Keys.Aliases, Keys.Roles, Keys.Affiliations, Keys.Born, Keys.Died, Keys.Summary],
        (id, values, span) => new Actor(id, values, span),
        linkText: a => a.Name,
        search: a => new SearchEntry(a.Name, a.KindName, Plain.Text(a.Summary)) { Aliases = a.Aliases.Select(x => x.Value).ToArray(), IsName = true })
    {
        Description = "A person, organization, state or group.",
        Unreferenced = "Name it as a quote's speaker, an event participant, a claimant or an affiliation, add the spelling the texts use to its 'aliases', or remove the file.",
    };

    public override EntityKind EntityKind => Definition;

    public string Name => Get(Keys.Name) ?? Id;
    public ActorKind Kind => Enum.TryParse<ActorKind>(Get(Keys.Kind), ignoreCase: true, out var kind) ? kind : ActorKind.Person;

    /// <summary>The kind as the files write it: "person", "organization", "state" or "group".</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    public IReadOnlyList<Located<string>> Aliases => Get(Keys.Aliases);
    public IReadOnlyList<Role> Roles => Get(Keys.Roles);
    public IReadOnlyList<Ref<Actor>> Affiliations => Get(Keys.Affiliations);
    public PartialDate? Born => Get(Keys.Born);
    public PartialDate? Died => Get(Keys.Died);
    public string? Summary => Get(Keys.Summary);
}

/// <summary>An office or position an actor held.</summary>
public sealed class Role(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly Key<string?> Title = Key.Text("title", "e.g. President", required: true);
        public static readonly ReferenceKey<Actor> Of = Key.Reference<Actor>("of", "actor id of the state or organization");
        public static readonly Key<PartialDate?> From = Key.Date("from", "date the role began: YYYY-MM-DD, or YYYY-MM / YYYY where only that is known");
        public static readonly Key<PartialDate?> To = Key.Date("to", "date it ended");
    }

    public static readonly ItemShape<Role> Definition = new([Keys.Title, Keys.Of, Keys.From, Keys.To], (values, span) => new Role(values, span));

    public string Title => Get(Keys.Title) ?? "";
    public Ref<Actor>? Of => Get(Keys.Of);
    public PartialDate? From => Get(Keys.From);
    public PartialDate? To => Get(Keys.To);
}
