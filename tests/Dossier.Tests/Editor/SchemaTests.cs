using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Loading.Kinds;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>The JSON Schemas in schemas/ say what the loader accepts: the same keys, at every level, and the same required ones.</summary>
public sealed partial class SchemaTests
{
    /// <summary>For each kind, the loader's keys at the top ("") and under each key that holds entries or a group of keys.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> LoaderKeys =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            ["dossier"] = Keys(("", SiteInfoReader.Keys)),
            ["outlet"] = Keys(("", OutletReader.Keys)),
            ["actor"] = Keys(("", ActorReader.Keys), ("roles", ActorReader.RoleKeys)),
            ["event"] = Keys(("", EventReader.Keys), ("participants", EventReader.ParticipantKeys)),
            ["article"] = Keys(("", ArticleReader.Keys), ("excerpt", ArticleReader.ExcerptKeys), ("original", ArticleReader.OriginalKeys)),
            ["quote"] = Keys(("", QuoteReader.Keys), ("reported", QuoteReader.ReportKeys)),
            ["claim"] = Keys(("", ClaimReader.Keys), ("answers", ClaimReader.AnswerKeys)),
        };

    public static TheoryData<string> Kinds => new(LoaderKeys.Keys);

    public static JsonElement Schema(string kind) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schemas", kind + ".schema.json"))).RootElement;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_names_exactly_the_keys_the_loader_accepts(string kind)
    {
        var schema = Schema(kind);
        var found = new Dictionary<string, IReadOnlyList<string>> { [""] = PropertyNames(schema) };
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var nested = property.Value.TryGetProperty("items", out var items) ? items : property.Value;
            if (nested.TryGetProperty("properties", out _)) found[property.Name] = PropertyNames(nested);
        }

        found.Keys.Order(StringComparer.Ordinal).ShouldBe(LoaderKeys[kind].Keys.Order(StringComparer.Ordinal), $"keys holding entries in {kind}");
        foreach (var (key, names) in LoaderKeys[kind])
            found[key].Order(StringComparer.Ordinal).ShouldBe(names.Order(StringComparer.Ordinal), $"{kind} '{key}'");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_level_of_the_schema_refuses_unknown_keys(string kind)
    {
        void Expect(JsonElement node, string at)
        {
            node.GetProperty("additionalProperties").ValueKind.ShouldBe(JsonValueKind.False, at);
            foreach (var property in node.GetProperty("properties").EnumerateObject())
            {
                var nested = property.Value.TryGetProperty("items", out var items) ? items : property.Value;
                if (nested.TryGetProperty("properties", out _)) Expect(nested, $"{at}.{property.Name}");
            }
        }
        Expect(Schema(kind), kind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_requires_the_keys_the_loader_reports_missing(string kind)
    {
        // Given a file with none of the kind's keys, the loader names every required one.
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var path = kind == "dossier" ? "content/dossier.yml" : $"content/{kind}s/new-one.yml";
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

    private static IReadOnlyList<string> PropertyNames(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Keys(params (string Key, IReadOnlyList<string> Names)[] levels) =>
        levels.ToDictionary(l => l.Key, l => l.Names);

    [GeneratedRegex("'([a-z_]+)'")]
    private static partial Regex QuotedKey();
}
