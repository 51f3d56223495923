using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>
/// The JSON Schemas in schemas/ are made from the kinds' keys (<see cref="YamlSchemas"/>): the committed files are
/// those, they ask for what the loader asks for, and they stay within what editors and the tests' validator read.
/// </summary>
public sealed partial class SchemaTests
{
    public static TheoryData<string> Kinds => new(EntityKinds.All.Select(k => k.Name).Prepend("dossier"));

    public static JsonElement Schema(string kind) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, YamlSchemas.Folder, YamlSchemas.FileName(kind)))).RootElement;

    /// <summary>Every key of a shape at every level: ("", key) at the top, ("roles", key) inside roles' entries.</summary>
    public static IEnumerable<(string Level, Key Key)> AllKeys(Shape shape, string level = "")
    {
        foreach (var key in shape.Keys)
        {
            yield return (level, key);
            if (key.Shape is { } inner)
                foreach (var nested in AllKeys(inner, key.Name)) yield return nested;
        }
    }

    [Fact]
    public void The_committed_schemas_are_the_ones_the_kinds_make()
    {
        var stale = new List<string>();
        foreach (var (file, text) in YamlSchemas.All())
        {
            var path = Path.Combine(Repo.Root, YamlSchemas.Folder, file);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            // Brought up to date in place, so that the difference is there to review with git diff.
            File.WriteAllText(path, text);
            stale.Add(file);
        }
        var expected = YamlSchemas.All().Select(s => s.File).Order(StringComparer.Ordinal);
        Directory.EnumerateFiles(Path.Combine(Repo.Root, YamlSchemas.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(expected);
        stale.ShouldBeEmpty("these schemas were out of date and have been rewritten: review them with git diff schemas/ and commit them");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_requires_the_keys_the_loader_reports_missing(string kind)
    {
        // Given a file with none of the kind's keys, the loader names every required one.
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var path = kind == "dossier" ? "content/dossier.yml" : $"content/{EntityKinds.Named(kind)!.Folder}/new-one.yml";
        dossier.Write($"--- {path}\nplaceholder: ~\n");

        var missing = dossier.DiagnosticsWithCode(DiagnosticCodes.MissingKey)
            .Where(d => d.Span.Path.EndsWith(path, StringComparison.Ordinal))
            .Select(d => QuotedKey().Match(d.Message).Groups[1].Value)
            .Order(StringComparer.Ordinal);

        var required = Schema(kind).GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal);
        required.ShouldBe(missing);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_uses_only_keywords_the_tests_understand(string kind)
    {
        void Walk(JsonElement node)
        {
            foreach (var keyword in node.EnumerateObject())
            {
                (SchemaValidator.Annotations.Contains(keyword.Name) || SchemaValidator.Assertions.Contains(keyword.Name))
                    .ShouldBeTrue($"'{keyword.Name}' in {kind}.schema.json");
                if (keyword.Name == "properties") foreach (var p in keyword.Value.EnumerateObject()) Walk(p.Value);
                if (keyword.Name == "items") Walk(keyword.Value);
            }
        }
        var schema = Schema(kind);
        schema.GetProperty("$schema").GetString().ShouldBe("http://json-schema.org/draft-07/schema#");
        Walk(schema);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_property_has_a_description_for_completion(string kind)
    {
        void Walk(JsonElement node, string at)
        {
            foreach (var property in node.GetProperty("properties").EnumerateObject())
            {
                property.Value.TryGetProperty("description", out _).ShouldBeTrue($"{at}.{property.Name}");
                var nested = property.Value.TryGetProperty("items", out var items) ? items : property.Value;
                if (nested.TryGetProperty("properties", out _)) Walk(nested, $"{at}.{property.Name}");
            }
        }
        Walk(Schema(kind), kind);
    }

    [GeneratedRegex("'([a-z_]+)'")]
    private static partial Regex QuotedKey();
}
