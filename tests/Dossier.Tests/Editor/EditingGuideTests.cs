using System.Reflection;
using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>docs/editing.md keeps up with the code: every diagnostic code is explained, every kind `new` knows is named.</summary>
public sealed class EditingGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repo.Root, "docs", "editing.md"));

    public static TheoryData<string> Codes() => new(typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_guide_has_a_table_row_for_the_diagnostic_code(string code)
    {
        Guide.ShouldContain($"\n| {code} | ", customMessage: $"Add a row for {code} to the table of diagnostic codes in docs/editing.md.");
    }

    [Fact]
    public void The_guide_names_every_kind_new_can_write_and_the_schema_comment()
    {
        foreach (var kind in Dossier.Model.Schema.EntityKinds.All) Guide.ShouldContain($"`{kind.Name}`");
        Guide.ShouldContain("# yaml-language-server: $schema=../../schemas/actor.schema.json");
        Guide.ShouldContain("# yaml-language-server: $schema=../schemas/dossier.schema.json");
    }
}
