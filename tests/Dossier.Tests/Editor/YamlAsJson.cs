using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Loading.Yaml;

namespace Dossier.Tests.Editor;

/// <summary>
/// Reads a YAML file as the YAML extension of an editor sees it (YAML 1.2 core schema: plain `2020` is a number,
/// plain empty is null), so the schemas are tested against the values an editor's validator checks.
/// </summary>
internal static partial class YamlAsJson
{
    public static JsonNode? Read(string path) => Parse(File.ReadAllText(path));

    public static JsonNode? Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return Convert(YamlFile.ParseMapping(yaml, "file.yml", bag) ?? throw new InvalidDataException(string.Join("\n", bag.Sorted())));
    }

    private static JsonNode? Convert(Node node) => node switch
    {
        MappingNode mapping => new JsonObject(mapping.Children.Select(c =>
            KeyValuePair.Create(((ScalarNode)c.Key).Value, Convert(c.Value)))),
        SequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        ScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonValue? Scalar(ScalarNode scalar)
    {
        var value = scalar.Value;
        if (!scalar.Plain) return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Integer().IsMatch(value)) return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        if (Float().IsMatch(value)) return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
