using System.Text.Json;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Resolution;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// dossier.json: the whole resolved dossier for other programs. Every entity with every key of its kind (as the
/// kind declares them), the address of its page, and what refers to it; entities that texts name also list where,
/// and articles their text. Shape documented in docs/dossier-json.md, schema in docs/dossier-json.schema.json
/// (<see cref="DossierJsonSchema"/>).
/// </summary>
public static class DossierJson
{
    public static void Write(ResolvedDossier dossier, Stream stream)
    {
        // A file of its own, never embedded in a page, so readable UTF-8 is safe here. Values go straight to the
        // writer, flushed as it goes: at 20,000 articles the file is 400 MB, and a tree of nodes per entity cost
        // more to build than the writing itself.
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        // Where each kind's references stand, as "referenced_by" names them ("quote.speaker"): the same for every entity.
        var references = EntityKinds.All
            .SelectMany(source => DossierJsonSchema.ReferencePaths(source).Select(p => (Name: $"{source.Name}.{p.Path}", p.Key)))
            .ToArray();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("site");
            Values(writer, SiteInfo.Definition, dossier.Site);
            foreach (var kind in EntityKinds.All)
            {
                writer.WriteStartArray(kind.Folder);
                foreach (var entity in kind.InOrder(dossier.Content.All(kind)))
                {
                    Entity(writer, dossier, references, kind, entity);
                    if (writer.BytesPending > 1 << 16) writer.Flush();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void Entity(Utf8JsonWriter writer, ResolvedDossier dossier, (string Name, Key Key)[] references, EntityKind kind, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("page", entity.Route);
        Keys(writer, kind, entity);
        writer.WriteStartObject("referenced_by");
        foreach (var (name, key) in references)
        {
            if (key.Target != kind.EntityType) continue;
            var sources = dossier.Referring<Entity>(entity, key);
            if (sources.Count > 0) Ids(writer, name, sources);
        }
        writer.WriteEndObject();
        if (entity is IMentionable) Ids(writer, "mentioned_in", dossier.Mentioning(entity));
        if (entity is Article article)
        {
            writer.WriteStartArray("mentions");
            foreach (var (named, count) in dossier.MentionsIn(article))
            {
                writer.WriteStartObject();
                writer.WriteString("id", named.Id);
                writer.WriteString("kind", named.EntityKind.Name);
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("paragraphs");
            foreach (var paragraph in dossier.Content.TextOf(article)?.Paragraphs ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("text"u8, paragraph.Utf8);
                writer.WriteBoolean("heading", paragraph.IsHeading);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>An object of every key of <paramref name="shape"/>.</summary>
    private static void Values(Utf8JsonWriter writer, Shape shape, Mapping mapping)
    {
        writer.WriteStartObject();
        Keys(writer, shape, mapping);
        writer.WriteEndObject();
    }

    /// <summary>Each key's value as JSON: texts and dates as strings, references as ids, entries as objects; null where the file leaves it out.</summary>
    private static void Keys(Utf8JsonWriter writer, Shape shape, Mapping mapping)
    {
        foreach (var key in shape.Keys)
        {
            writer.WritePropertyName(key.Name);
            Value(writer, key, mapping[key]);
        }
    }

    private static void Value(Utf8JsonWriter writer, Key key, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case Located<string> located: writer.WriteStringValue(located.Value); break;
            case PartialDate date: writer.WriteStringValue(date.Iso); break;
            case int number: writer.WriteNumberValue(number); break;
            case Coordinates point:
                writer.WriteStartObject();
                writer.WriteNumber("latitude", point.Latitude);
                writer.WriteNumber("longitude", point.Longitude);
                writer.WriteEndObject();
                break;
            case Ref reference: writer.WriteStringValue(reference.Id); break;
            case Item item: Values(writer, key.Shape!, item); break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var entry in list) Value(writer, key, entry);
                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"No JSON for {value.GetType().Name}.");
        }
    }

    private static void Ids(Utf8JsonWriter writer, string name, IEnumerable<Entity> entities)
    {
        writer.WriteStartArray(name);
        foreach (var entity in entities) writer.WriteStringValue(entity.Id);
        writer.WriteEndArray();
    }
}
