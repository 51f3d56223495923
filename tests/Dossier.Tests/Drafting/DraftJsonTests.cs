using System.Text.Json;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Tests.Support;
using NJsonSchema;

namespace Dossier.Tests.Drafting;

/// <summary>`draft --format json` gives exactly what docs/drafting.schema.json promises, and the schema explains every field.</summary>
public sealed class DraftJsonTests
{
    private static readonly string SchemaFile = Path.Combine(Repo.Root, "docs", "drafting.schema.json");

    private static string Json()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        return DraftJson.Write(DraftSamples.Draft(title: null), SiteBuilder.Load(dossier.Paths, new DiagnosticBag()));
    }

    private static JsonSchema Schema => JsonSchema.FromFileAsync(SchemaFile).GetAwaiter().GetResult();

    [Fact]
    public void The_json_matches_the_documented_schema()
    {
        Schema.Validate(Json()).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void A_json_that_breaks_the_promise_is_caught()
    {
        var json = Json();

        Schema.Validate(json.Replace("\"confidence\": 0.8,", "\"confidence\": 8,")).ShouldNotBeEmpty();
        Schema.Validate(json.Replace("\"joins\": null", "\"joins\": null, \"extra\": 1")).ShouldNotBeEmpty();
    }

    [Fact]
    public void Gives_each_quotation_its_id_speaker_evidence_and_the_quote_it_joins()
    {
        var quotes = JsonDocument.Parse(Json()).RootElement.GetProperty("quotes");

        quotes[0].GetProperty("id").GetString().ShouldBe("lima-safe");
        quotes[0].GetProperty("joins").GetString().ShouldBe("lima-safe");
        quotes[1].GetProperty("id").GetString().ShouldBe("park-ships-moving-again-all");
        quotes[1].GetProperty("text").GetString().ShouldBe("Ships are moving again: all of them");
        quotes[1].GetProperty("speaker").GetProperty("actor").GetString().ShouldBe("joe-park");
        quotes[1].GetProperty("rule").GetString().ShouldBe("verb-after-quote");
        quotes[1].GetProperty("line").GetInt32().ShouldBe(4);
        quotes[2].GetProperty("speaker").GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Every_field_of_the_schema_is_described_and_required_so_none_goes_undocumented_or_missing()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));
        var undocumented = new List<string>();
        void Walk(JsonElement node, string at)
        {
            if (!node.TryGetProperty("description", out var description) || description.GetString() is not { Length: > 10 })
                undocumented.Add(at);
            if (node.TryGetProperty("properties", out var properties))
            {
                var required = node.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToArray();
                node.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse(at);
                foreach (var property in properties.EnumerateObject())
                {
                    required.ShouldContain(property.Name, $"{at}.{property.Name} is always in the output, so the schema requires it");
                    Walk(property.Value, $"{at}.{property.Name}");
                }
            }
            if (node.TryGetProperty("items", out var items)) Walk(items, at + "[]");
        }

        Walk(schema.RootElement, "$");

        undocumented.ShouldBeEmpty();
    }
}
