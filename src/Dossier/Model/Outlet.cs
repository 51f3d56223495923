using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Model;

/// <summary>Where articles are published or first appeared: a news site, an agency, state media, a blog.</summary>
public sealed class Outlet(string id, object?[] values, SourceSpan span) : Entity(id, values, span), IMentionable
{
    public static class Keys
    {
        public static readonly Key<string?> Name = Key.Text("name", "the outlet's name as it presents itself, e.g. Kurdistan 24", required: true);
        public static readonly Key<IReadOnlyList<Located<string>>> Aliases = Key.Texts("aliases", "other names the texts use for it, exactly as printed, e.g. [FNA]; mentions of it link to this page");
        public static readonly Key<string?> Kind = Key.Text("kind", "news site, state media, news agency, blog, aggregator, broadcaster, ...");
        public static readonly Key<string?> Country = Key.Text("country", "the country it publishes from");
        public static readonly ReferenceKey<Actor> Affiliation = Key.Reference<Actor>("affiliation", "actor id of whoever owns or runs it, where that is well established");
        public static readonly Key<string?> Homepage = Key.Url("homepage", "its https:// address, only where the text gives it");
        public static readonly Key<string?> Summary = Key.Markdown("summary", "Markdown: what the outlet is, in a sentence or two");
    }

    public static readonly EntityKind<Outlet> Definition = new(
        "outlet", "outlets", "Outlets", "Where the articles were published or first appeared.", order: 70,
        [Keys.Name, Keys.Aliases, Keys.Kind, Keys.Country, Keys.Affiliation, Keys.Homepage, Keys.Summary],
        (id, values, span) => new Outlet(id, values, span),
        linkText: o => o.Name,
        search: o => new SearchEntry(o.Name, o.Kind, Plain.Join(" ", o.Country, Plain.Text(o.Summary))) { Aliases = o.Aliases.Select(a => a.Value).ToArray(), IsName = true })
    {
        Description = "A publisher of articles: a news site, agency, broadcaster, blog.",
        Unreferenced = "Name it as an article's outlet or original or under a report's 'through', add the spelling the texts use to its 'aliases', or remove the file.",
    };

    public override EntityKind EntityKind => Definition;

    public string Name => Get(Keys.Name) ?? Id;
    public IReadOnlyList<Located<string>> Aliases => Get(Keys.Aliases);
    public string? Kind => Get(Keys.Kind);
    public string? Country => Get(Keys.Country);
    public Ref<Actor>? Affiliation => Get(Keys.Affiliation);
    public string? Homepage => Get(Keys.Homepage);
    public string? Summary => Get(Keys.Summary);
}
