using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Search;

/// <summary>
/// The search index, built at build time and shipped as scripts, because a page opened from file:// may load a
/// script but may not fetch() a file. It is cut into shards of at most a bound in bytes, each a script that hands
/// its part to <c>window.DOSSIER_SEARCH_SHARD(n, part)</c> (templates/assets/search.js, which also does the
/// matching and ranking). The first shards hold the named entities (actors, places, outlets, events) with their
/// aliases and details, so that names answer as soon as the page has loaded; shard 0, which the search page loads,
/// also says how many shards there are. The other shards hold the quotes, claims and articles and the named
/// entities' longer texts, and are loaded the first time a reader searches.
/// </summary>
/// <remarks>
/// Shard 0: <c>{"kinds": [[name, title, label, route with * for the id], ...], "shards": count, "names": how many
/// shards from 0 hold named entities, "first": 0, "entries": [...]}</c>; every other shard:
/// <c>{"first": number of its first entry, "entries": [...], "texts": [[entry number, text], ...]}</c>.
/// An entry is <c>[kind index, id, title, detail, text, [aliases]]</c> with empty trailing fields left out; entries
/// are numbered across shards in order, and every entry is in exactly one shard. Named entities' texts travel
/// apart from their entries, as <c>texts</c>.
/// </remarks>
public static class SearchIndex
{
    /// <summary>No shard is larger. At 20,000 generated articles the index is about 20 MB, in about twenty shards.</summary>
    public const int MaxShardBytes = 1_000_000;

    // A shard holds at least one record, so a record must stay well under the bound whatever the content: fields
    // are cut to these lengths, far beyond what a reader types or a result shows. Even with every character escaped
    // (six bytes each) a record stays under 450 KB.
    private const int MaxField = 1_000;
    private const int MaxText = 20_000;
    private const int MaxAliases = 50;

    // Room for a shard's frame: the call, its number and the keys around the entries and texts.
    private const int FrameBytes = 128;

    // Letters of every script as they are (smaller than \uXXXX); quotation marks, <, > and & escaped as usual.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    // One JSON writer per thread, reset for each record: there is a record for every entity and every text.
    [ThreadStatic] private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _json;

    /// <summary>One entry or one named entity's text, as JSON.</summary>
    private sealed record Record(byte[] Json, bool IsEntry);

    /// <summary>
    /// The shards (<c>search/0.js</c>, <c>search/1.js</c>, ...), each made as the one before is written, so the index is
    /// never in memory whole: the shards with the longer texts first, then the names' shards, shard 0 last because it
    /// says how many there are.
    /// </summary>
    public static IEnumerable<OutputFile> Shards(ResolvedDossier dossier, int maxShardBytes = MaxShardBytes)
    {
        var kinds = EntityKinds.All;
        var all = kinds
            .SelectMany((kind, k) => dossier.Content.All(kind).Select(e => (Kind: k, e.Id, Search: kind.SearchEntryOf(e))))
            .ToArray();
        // Named entities are numbered first, so the texts that follow them can point back at them.
        var names = all.Where(e => e.Search.IsName).ToArray();
        var others = all.Where(e => !e.Search.IsName).ToArray();

        var kindsJson = Json(w =>
        {
            w.WriteStartArray();
            foreach (var kind in kinds)
            {
                w.WriteStartArray();
                w.WriteStringValue(kind.Name);
                w.WriteStringValue(kind.Title);
                w.WriteStringValue(char.ToUpperInvariant(kind.Name[0]) + kind.Name[1..]);
                w.WriteStringValue(kind.Route("*"));
                w.WriteEndArray();
            }
            w.WriteEndArray();
        });

        var nameRecords = names.Select(e => new Record(EntryJson(e.Kind, e.Id, e.Search, withText: false), IsEntry: true));
        var textRecords = names
            .Select((e, number) => (Number: number, e.Search.Text))
            .Where(t => !string.IsNullOrWhiteSpace(t.Text))
            .Select(t => new Record(TextJson(t.Number, t.Text!), IsEntry: false))
            .Concat(others.Select(e => new Record(EntryJson(e.Kind, e.Id, e.Search, withText: true), IsEntry: true)));

        // The names are few (about 0.6 MB at 20,000 articles), so their shards wait for the count.
        var nameShards = Pack(nameRecords, maxShardBytes - FrameBytes - kindsJson.Length).ToList();
        if (nameShards.Count == 0) nameShards.Add([]);
        var count = nameShards.Count;
        var first = names.Length;
        foreach (var shard in Pack(textRecords, maxShardBytes - FrameBytes))
        {
            yield return new OutputFile(Routes.SearchShard(count), Write(count, $"{{\"first\":{first},\"entries\":[", shard));
            first += shard.Count(r => r.IsEntry);
            count++;
        }

        first = 0;
        foreach (var (shard, n) in nameShards.Select((s, n) => (s, n)))
        {
            var frame = n == 0
                ? $"{{\"kinds\":{Encoding.UTF8.GetString(kindsJson)},\"shards\":{count},\"names\":{nameShards.Count},\"first\":0,\"entries\":["
                : $"{{\"first\":{first},\"entries\":[";
            yield return new OutputFile(Routes.SearchShard(n), Write(n, frame, shard));
            first += shard.Count;
        }
    }

    /// <summary>Records in order into shards of at most <paramref name="budget"/> bytes (a comma after each counted).</summary>
    private static IEnumerable<List<Record>> Pack(IEnumerable<Record> records, int budget)
    {
        var shard = new List<Record>();
        var size = 0;
        foreach (var record in records)
        {
            if (shard.Count > 0 && size + record.Json.Length + 1 > budget)
            {
                yield return shard;
                shard = [];
                size = 0;
            }
            shard.Add(record);
            size += record.Json.Length + 1;
        }
        if (shard.Count > 0) yield return shard;
    }

    private static byte[] Write(int n, string frame, List<Record> shard)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes($"window.DOSSIER_SEARCH_SHARD({n},{frame}"));
        Join(stream, shard.Where(r => r.IsEntry));
        if (shard.Any(r => !r.IsEntry))
        {
            stream.Write("],\"texts\":["u8);
            Join(stream, shard.Where(r => !r.IsEntry));
        }
        stream.Write("]});\n"u8);
        return stream.ToArray();
    }

    private static void Join(Stream stream, IEnumerable<Record> records)
    {
        var comma = false;
        foreach (var record in records)
        {
            if (comma) stream.WriteByte((byte)',');
            stream.Write(record.Json);
            comma = true;
        }
    }

    private static byte[] EntryJson(int kind, string id, SearchEntry entry, bool withText) => Json(w =>
    {
        var text = withText ? Cut(entry.Text, MaxText) : null;
        var aliases = entry.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Take(MaxAliases).ToArray();
        w.WriteStartArray();
        w.WriteNumberValue(kind);
        w.WriteStringValue(id);
        w.WriteStringValue(Cut(entry.Title, MaxField) ?? "");
        // Trailing empty fields are left out; those before a field that is written are "".
        if (entry.Detail is not null || text is not null || aliases.Length > 0) w.WriteStringValue(Cut(entry.Detail, MaxField) ?? "");
        if (text is not null || aliases.Length > 0) w.WriteStringValue(text ?? "");
        if (aliases.Length > 0)
        {
            w.WriteStartArray();
            foreach (var alias in aliases) w.WriteStringValue(Cut(alias, MaxField));
            w.WriteEndArray();
        }
        w.WriteEndArray();
    });

    private static byte[] TextJson(int number, string text) => Json(w =>
    {
        w.WriteStartArray();
        w.WriteNumberValue(number);
        w.WriteStringValue(Cut(text, MaxText));
        w.WriteEndArray();
    });

    private static string? Cut(string? text, int length) => string.IsNullOrWhiteSpace(text) ? null : Plain.Shorten(text, length);

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var (buffer, writer) = _json ??= (new ArrayBufferWriter<byte>(256), new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = Encoder }));
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }
}
