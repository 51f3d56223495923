using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Model.Schema;
using Dossier.Resolution;

namespace Dossier.Rendering.Search;

/// <summary>
/// The search index, built at build time and shipped as a script that sets one global, because a page
/// opened from file:// may not fetch() a JSON file but may load a script. Every kind's entities, as each kind
/// declares its search entry; the kinds themselves too, so that the search page groups results by them.
/// </summary>
public static class SearchIndex
{
    /// <summary>k: kind, t: title, u: site-relative URL, d: a line of detail, x: more text to match.</summary>
    private sealed record Entry(string k, string t, string u, string? d, string? x);

    private sealed record Index(IReadOnlyList<string[]> kinds, IReadOnlyList<Entry> entries);

    public static void Write(ResolvedDossier dossier, Stream stream)
    {
        var entries = EntityKinds.All
            .SelectMany(kind => dossier.Content.All(kind).Select(e => (Kind: kind, Entity: e, Search: kind.SearchEntryOf(e))))
            .Select(x => new Entry(x.Kind.Name, x.Search.Title, x.Entity.Route, x.Search.Detail, x.Search.Text))
            .ToArray();
        var kinds = EntityKinds.All.Select(k => new[] { k.Name, k.Title }).ToArray();
        stream.Write("window.DOSSIER_SEARCH = "u8);
        JsonSerializer.Serialize(stream, new Index(kinds, entries), new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });
        stream.Write(";\n"u8);
    }
}
