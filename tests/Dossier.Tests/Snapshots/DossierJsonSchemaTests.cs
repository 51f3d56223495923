using Dossier.Tests.Support;
using NJsonSchema;

namespace Dossier.Tests.Snapshots;

/// <summary>dossier.json keeps the shape its documentation promises (docs/dossier-json.schema.json).</summary>
public sealed class DossierJsonSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Repo.Root, "docs", "dossier-json.schema.json"))).GetAwaiter().GetResult();

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
