using System.Text.Json;
using Dossier.Rendering.Metadata;
using Dossier.Tests.Support;
using NJsonSchema;

namespace Dossier.Tests.Snapshots;

/// <summary>dossier.json keeps the shape its documentation promises (docs/dossier-json.schema.json, made from the kinds' keys).</summary>
public sealed class DossierJsonSchemaTests
{
    private static readonly string File = Path.Combine(Repo.Root, "docs", "dossier-json.schema.json");

    private static string Made() =>
        DossierJsonSchema.Write().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static JsonSchema Schema => JsonSchema.FromJsonAsync(Made()).GetAwaiter().GetResult();

    [Fact]
    public void The_committed_schema_is_the_one_the_kinds_make()
    {
        var made = Made();
        var committed = System.IO.File.Exists(File) ? System.IO.File.ReadAllText(File) : "";
        if (committed == made) return;
        // Brought up to date in place, so that the difference is there to review with git diff.
        System.IO.File.WriteAllText(File, made);
        committed.ShouldBe(made, "docs/dossier-json.schema.json was out of date and has been rewritten: review it with git diff and commit it");
    }

    [Fact]
    public void The_real_dossiers_json_matches_its_schema()
    {
        BuiltSite.Real.Result.Succeeded.ShouldBeTrue();
        Schema.Validate(BuiltSite.Real.Read("dossier.json")).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_test_dossiers_json_matches_its_schema()
    {
        Schema.Validate(BuiltSite.Mini.Read("dossier.json")).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void A_json_that_breaks_the_promise_is_caught()
    {
        var broken = BuiltSite.Mini.Read("dossier.json").Replace("\"kind\": \"person\"", "\"kind\": \"robot\"");

        Schema.Validate(broken).ShouldNotBeEmpty();
    }
}
