using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dossier.Tests.Editor;

/// <summary>
/// A JSON Schema validator for exactly the keywords schemas/ uses (the test project has no validator package).
/// Any other keyword throws, so a schema cannot grow a rule these tests silently ignore.
/// </summary>
internal static class SchemaValidator
{
    /// <summary>Keywords that only document (titles, descriptions, completion examples) and never reject a value.</summary>
    public static readonly IReadOnlySet<string> Annotations = new HashSet<string> { "$schema", "title", "description", "examples", "default" };

    public static readonly IReadOnlySet<string> Assertions = new HashSet<string>
    {
        "type", "properties", "required", "additionalProperties", "items", "pattern", "enum", "minItems", "minLength", "minimum", "maximum",
    };

    public static IReadOnlyList<string> Validate(JsonElement schema, JsonNode? value)
    {
        var problems = new List<string>();
        Check(schema, value, "$", problems);
        return problems;
    }

    private static void Check(JsonElement schema, JsonNode? value, string at, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Assertions.Contains(keyword.Name))
                throw new NotSupportedException($"Schema keyword '{keyword.Name}' at {at} is not supported by this test's validator.");
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
            if (!allowed.Any(t => Is(value, t)))
            {
                problems.Add($"{at}: expected {string.Join(" or ", allowed)}, found {Kind(value)}");
                return;
            }
        }
        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, at, problems);
                break;
            case JsonArray array:
                if (schema.TryGetProperty("minItems", out var minItems) && array.Count < minItems.GetInt32())
                    problems.Add($"{at}: expected at least {minItems.GetInt32()} item(s), found {array.Count}");
                if (schema.TryGetProperty("items", out var items))
                {
                    for (var i = 0; i < array.Count; i++) Check(items, array[i], $"{at}[{i}]", problems);
                }
                break;
            case JsonValue scalar when scalar.TryGetValue<string>(out var text):
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                    problems.Add($"{at}: '{text}' does not match {pattern.GetString()}");
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                    problems.Add($"{at}: '{text}' is shorter than {minLength.GetInt32()}");
                if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => c.GetString() == text))
                    problems.Add($"{at}: '{text}' is not one of {choices}");
                break;
            case JsonValue number when Is(number, "number"):
                double n = number.TryGetValue<long>(out var whole) ? whole : number.GetValue<double>();
                if (schema.TryGetProperty("minimum", out var minimum) && n < minimum.GetDouble()) problems.Add($"{at}: {n} is below {minimum}");
                if (schema.TryGetProperty("maximum", out var maximum) && n > maximum.GetDouble()) problems.Add($"{at}: {n} is above {maximum}");
                break;
        }
    }

    private static void CheckObject(JsonElement schema, JsonObject obj, string at, List<string> problems)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!obj.ContainsKey(name)) problems.Add($"{at}: required property '{name}' is missing");
            }
        }
        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False)
            throw new NotSupportedException($"Only 'additionalProperties: false' is supported ({at}).");
        foreach (var (name, child) in obj)
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var childSchema))
                Check(childSchema, child, $"{at}.{name}", problems);
            else if (additional.ValueKind == JsonValueKind.False)
                problems.Add($"{at}: property '{name}' is not allowed");
        }
    }

    private static bool Is(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
        "integer" => value is JsonValue v && (v.TryGetValue<long>(out _) || v.TryGetValue<int>(out _)),
        "number" => value is JsonValue v && (v.TryGetValue<long>(out _) || v.TryGetValue<int>(out _) || v.TryGetValue<double>(out _)),
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ when Is(value, "string") => "string",
        _ when Is(value, "boolean") => "boolean",
        _ => "number",
    };
}
