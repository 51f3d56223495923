using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Rendering.Metadata;

/// <summary>The JSON Schema of dossier.json, made from the kinds' keys as dossier.json itself is.</summary>
public static class DossierJsonSchema
{
    /// <summary>Every key that holds references in a kind's files, with its path from the top ("participants.actor").</summary>
    public static IEnumerable<(string Path, Key Key)> ReferencePaths(Shape shape)
    {
        foreach (var key in shape.Keys)
        {
            if (key.Type is KeyType.Reference or KeyType.References) yield return (key.Name, key);
            else if (key.Shape is { } inner)
                foreach (var (path, innerKey) in ReferencePaths(inner)) yield return ($"{key.Name}.{path}", innerKey);
        }
    }

    public static JsonObject Write()
    {
        var properties = new JsonObject { ["site"] = Object(SiteInfo.Definition, "dossier.yml: what the whole dossier is about.") };
        var definitions = new JsonObject();
        foreach (var kind in EntityKinds.All)
        {
            properties[kind.Folder] = new JsonObject
            {
                ["description"] = kind.Intro,
                ["type"] = "array",
                ["items"] = new JsonObject { ["$ref"] = $"#/definitions/{kind.Name}" },
            };
            var entity = Object(kind, $"One {kind.Name}: its id, its page, every key of its file, and what refers to it.");
            var entityProperties = (JsonObject)entity["properties"]!;
            entityProperties.Insert(0, "id", new JsonObject { ["description"] = "The file's name without .yml.", ["type"] = "string", ["pattern"] = IdPattern });
            entityProperties.Insert(1, "page", new JsonObject { ["description"] = "The address of its page, relative to the site.", ["type"] = "string" });
            entityProperties["referenced_by"] = new JsonObject
            {
                ["description"] = "What refers to it: under '<kind>.<key>' (with the keys of entries, e.g. 'event.participants.actor'), the ids of the entities that name it there.",
                ["type"] = "object",
                ["additionalProperties"] = Ids(),
            };
            if (typeof(IMentionable).IsAssignableFrom(kind.EntityType))
                entityProperties["mentioned_in"] = Ids("The articles whose text names it, by its name or an alias.");
            if (kind.EntityType == typeof(Article))
            {
                entityProperties["mentions"] = new JsonObject
                {
                    ["description"] = "What its text names, most often first.",
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" }, ["kind"] = new JsonObject { ["type"] = "string" }, ["count"] = new JsonObject { ["type"] = "integer" } },
                        ["required"] = new JsonArray("id", "kind", "count"),
                        ["additionalProperties"] = false,
                    },
                };
                entityProperties["paragraphs"] = new JsonObject
                {
                    ["description"] = "Its reading text, paragraph by paragraph, as cut from its seed.",
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "string" }, ["heading"] = new JsonObject { ["type"] = "boolean" } },
                        ["required"] = new JsonArray("text", "heading"),
                        ["additionalProperties"] = false,
                    },
                };
            }
            ((JsonArray)entity["required"]!).Insert(0, "id");
            ((JsonArray)entity["required"]!).Add("page");
            ((JsonArray)entity["required"]!).Add("referenced_by");
            definitions[kind.Name] = entity;
        }
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "dossier.json",
            ["description"] = "The whole resolved dossier, written by every build (see docs/dossier-json.md).",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(properties.Select(p => (JsonNode)p.Key).ToArray()),
            ["additionalProperties"] = false,
            ["definitions"] = definitions,
        };
    }

    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>An object with every key of the shape, each present, null where the file leaves it out.</summary>
    private static JsonObject Object(Shape shape, string description)
    {
        var properties = new JsonObject();
        foreach (var key in shape.Keys) properties[key.Name] = Value(key);
        return new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(shape.Keys.Select(k => (JsonNode)k.Name).ToArray()),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Value(Key key)
    {
        var value = key.Type switch
        {
            KeyType.Text or KeyType.Markdown or KeyType.Url => new JsonObject { ["type"] = Nullable("string", key) },
            KeyType.Coordinates => new JsonObject
            {
                ["type"] = new JsonArray("object", "null"),
                ["properties"] = new JsonObject { ["latitude"] = new JsonObject { ["type"] = "number" }, ["longitude"] = new JsonObject { ["type"] = "number" } },
                ["required"] = new JsonArray("latitude", "longitude"),
                ["additionalProperties"] = false,
            },
            KeyType.Choice => new JsonObject { ["type"] = Nullable("string", key), ["enum"] = new JsonArray(key.Choices.Select(c => (JsonNode?)c).Concat(key.Required ? [] : [null]).ToArray()) },
            KeyType.Date => new JsonObject { ["type"] = Nullable("string", key), ["pattern"] = "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
            KeyType.Integer => new JsonObject { ["type"] = Nullable("integer", key), ["minimum"] = key.Minimum },
            KeyType.Reference => new JsonObject { ["type"] = Nullable("string", key), ["pattern"] = IdPattern },
            KeyType.References => Ids(),
            KeyType.Texts => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            KeyType.Items => new JsonObject { ["type"] = "array", ["items"] = Object(key.Shape!, key.Help) },
            KeyType.Item => Nullable(Object(key.Shape!, key.Help)),
            _ => throw new InvalidOperationException($"No JSON Schema for {key.Type}."),
        };
        if (!value.ContainsKey("description")) value.Insert(0, "description", key.Help);
        return value;
    }

    // Even a required key can be missing from a dossier with errors, but dossier.json is only written for dossiers without.
    private static JsonNode Nullable(string type, Key key) => key.Required ? type : new JsonArray(type, "null");

    private static JsonObject Nullable(JsonObject item)
    {
        item["type"] = new JsonArray("object", "null");
        return item;
    }

    private static JsonObject Ids(string? description = null)
    {
        var ids = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern } };
        if (description is not null) ids.Insert(0, "description", description);
        return ids;
    }
}
