using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Editing;

/// <summary>
/// The JSON Schemas in schemas/, one per kind of file, made from the kinds' keys: editors with the YAML language
/// server complete and check keys as they type. A test keeps the committed files equal to these.
/// </summary>
public static class YamlSchemas
{
    public const string Folder = "schemas";

    /// <summary>Every schema file: its name in schemas/ and its text.</summary>
    public static IReadOnlyList<(string File, string Text)> All() =>
    [
        (FileName("dossier"), Write(For(SiteInfo.Definition, "Dossier: content/dossier.yml",
            "What the whole dossier is about: its title, the briefing on the home page, and where it is published. Unknown keys are errors."))),
        .. EntityKinds.All.Select(kind => (FileName(kind.Name), Write(For(kind, $"Dossier {kind.Name}: content/{kind.Folder}/<id>.yml",
            $"{kind.Description} The file name (without .yml) is its id. Unknown keys are errors; leave out (or empty) whatever the source text does not state.")))),
    ];

    public static string FileName(string kind) => $"{kind}.schema.json";

    private static string Write(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static JsonObject For(Shape shape, string title, string description)
    {
        var schema = Object(shape, description);
        schema.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        schema.Insert(1, "title", title);
        return schema;
    }

    private static JsonObject Object(Shape shape, string description)
    {
        var properties = new JsonObject();
        foreach (var key in shape.Keys) properties[key.Name] = Property(key);
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = description,
            ["additionalProperties"] = false,
            ["required"] = new JsonArray(shape.Keys.Where(k => k.Required).Select(k => (JsonNode)k.Name).ToArray()),
            ["properties"] = properties,
        };
    }

    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static JsonObject Property(Key key)
    {
        var help = Sentence(key.Help);
        return key.Type switch
        {
            KeyType.Text or KeyType.Markdown => WithPattern(key, key.Required
                ? new JsonObject { ["type"] = "string", ["description"] = help, ["minLength"] = 1 }
                : new JsonObject { ["type"] = Optional("string"), ["description"] = help }),
            KeyType.Url => new JsonObject { ["type"] = Optional("string"), ["description"] = help, ["pattern"] = "^https?://\\S+$" },
            KeyType.Coordinates => new JsonObject { ["type"] = Optional("string"), ["description"] = help, ["pattern"] = "^\\s*-?\\d{1,2}(\\.\\d+)?\\s*,\\s*-?\\d{1,3}(\\.\\d+)?\\s*$" },
            KeyType.Integer => new JsonObject { ["type"] = Optional("integer"), ["description"] = help, ["minimum"] = key.Minimum },
            KeyType.Date => new JsonObject
            {
                ["type"] = key.Required ? new JsonArray("string", "integer") : new JsonArray("string", "integer", "null"),
                ["description"] = help, ["pattern"] = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", ["minimum"] = 1, ["maximum"] = 9999,
            },
            KeyType.Choice => new JsonObject
            {
                ["type"] = key.Required ? (JsonNode)"string" : Optional("string"), ["description"] = help,
                ["enum"] = new JsonArray(key.Choices.Select(c => (JsonNode?)c).Concat(key.Required ? [] : [null]).ToArray()),
            },
            KeyType.Reference => key.Required
                ? new JsonObject { ["type"] = "string", ["description"] = help, ["pattern"] = IdPattern }
                : new JsonObject { ["type"] = Optional("string"), ["description"] = help, ["pattern"] = IdPattern },
            KeyType.References => new JsonObject
            {
                ["type"] = Optional("array"), ["description"] = help,
                ["items"] = new JsonObject { ["type"] = "string", ["description"] = $"The id of {Article(EntityKinds.Of(key.Target!).Name)}: the name of its file in content/{EntityKinds.Of(key.Target!).Folder}/ without .yml.", ["pattern"] = IdPattern },
            },
            KeyType.Texts => new JsonObject { ["type"] = Optional("array"), ["description"] = help, ["items"] = new JsonObject { ["type"] = "string" } },
            KeyType.Items => Items(key, help),
            KeyType.Item => WithType(Object(key.Shape!, help), Optional("object")),
            _ => throw new InvalidOperationException($"No schema for {key.Type}."),
        };
    }

    private static JsonObject Items(Key key, string help)
    {
        var items = new JsonObject
        {
            ["type"] = key.Minimum > 0 ? (JsonNode)"array" : Optional("array"),
            ["description"] = help,
            ["items"] = Object(key.Shape!, "One entry."),
        };
        if (key.Minimum > 0) items["minItems"] = key.Minimum;
        return items;
    }

    private static JsonObject WithPattern(Key key, JsonObject schema)
    {
        if (key.Pattern is { } pattern) schema["pattern"] = pattern;
        return schema;
    }

    private static JsonObject WithType(JsonObject schema, JsonNode type)
    {
        schema["type"] = type;
        return schema;
    }

    private static JsonArray Optional(string type) => new(type, "null");

    private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    private static string Sentence(string help) => char.ToUpperInvariant(help[0]) + help[1..] + (help.EndsWith('.') || help.EndsWith(')') ? "" : ".");
}
