using System.Text.Json;
using System.Text.Json.Nodes;
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
        // A file of its own, never embedded in a page, so readable UTF-8 is safe here. Each entity's tree is
        // made and written in turn, and the writer flushed as it goes, so a large dossier is never held whole,
        // neither as objects nor as bytes.
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("site");
            Values(SiteInfo.Definition, dossier.Site).WriteTo(writer);
            foreach (var kind in EntityKinds.All)
            {
                writer.WritePropertyName(kind.Folder);
                writer.WriteStartArray();
                foreach (var entity in kind.InOrder(dossier.Content.All(kind)))
                {
                    Entity(dossier, kind, entity).WriteTo(writer);
                    if (writer.BytesPending > 1 << 16) writer.Flush();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static JsonObject Entity(ResolvedDossier dossier, EntityKind kind, Entity entity)
    {
        var json = new JsonObject { ["id"] = entity.Id, ["page"] = entity.Route };
        foreach (var (name, value) in Values(kind, entity)) json[name] = value?.DeepClone();
        var referencedBy = new JsonObject();
        foreach (var source in EntityKinds.All)
        {
            foreach (var (path, key) in DossierJsonSchema.ReferencePaths(source).Where(p => p.Key.Target == kind.EntityType))
            {
                var sources = dossier.Referring<Entity>(entity, key);
                if (sources.Count > 0) referencedBy[$"{source.Name}.{path}"] = Ids(sources);
            }
        }
        json["referenced_by"] = referencedBy;
        if (entity is IMentionable) json["mentioned_in"] = Ids(dossier.Mentioning(entity));
        if (entity is Article article)
        {
            json["mentions"] = new JsonArray(dossier.MentionsIn(article)
                .Select(m => (JsonNode)new JsonObject { ["id"] = m.Entity.Id, ["kind"] = m.Entity.EntityKind.Name, ["count"] = m.Mentions }).ToArray());
            json["paragraphs"] = dossier.Content.TextOf(article) is { } text
                ? new JsonArray(text.Paragraphs.Select(p => (JsonNode)new JsonObject { ["text"] = p.Text, ["heading"] = p.IsHeading }).ToArray())
                : new JsonArray();
        }
        return json;
    }

    /// <summary>Each key's value as JSON: texts and dates as strings, references as ids, entries as objects; null where the file leaves it out.</summary>
    private static JsonObject Values(Shape shape, Mapping mapping)
    {
        var json = new JsonObject();
        foreach (var key in shape.Keys) json[key.Name] = Value(key, mapping[key]);
        return json;
    }

    private static JsonNode? Value(Key key, object? value) => value switch
    {
        null => null,
        string text => text,
        Located<string> located => located.Value,
        PartialDate date => date.Iso,
        int number => number,
        Coordinates point => new JsonObject { ["latitude"] = point.Latitude, ["longitude"] = point.Longitude },
        Ref reference => reference.Id,
        Item item => Values(key.Shape!, item),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object>().Select(v => Value(key, v)).ToArray()),
        _ => throw new InvalidOperationException($"No JSON for {value.GetType().Name}."),
    };

    private static JsonArray Ids(IEnumerable<Entity> entities) => new(entities.Select(e => (JsonNode)JsonValue.Create(e.Id)!).ToArray());
}
