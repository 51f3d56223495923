using System.Text;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>YAML aliases are never expanded into copies: a "billion laughs" file costs what its text costs.</summary>
[Collection(AloneCollection.Name)]
public sealed class AliasBombTests
{
    [Fact]
    public void A_yaml_alias_bomb_is_reported_without_being_expanded()
    {
        var bomb = new StringBuilder("speaker: ana-lima\ntext: We will stay safe\nevent: storm\nreported:\n  - article: report\n");
        bomb.Append("lol1: &lol1 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 2; level <= 9; level++)
            bomb.Append($"lol{level}: &lol{level} [{string.Join(", ", Enumerable.Repeat($"*lol{level - 1}", 10))}]\n");
        bomb.Append("occasion: *lol9\n");
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/quotes/lima-safe.yml\n" + bomb);

        // Expanded, the aliases would be 10^9 strings: gigabytes. Counted on every thread, since loading runs in parallel.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var diagnostics = dossier.Check().Diagnostics;
        (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore).ShouldBeLessThan(200L * 1024 * 1024);
        diagnostics.Count(d => d.Code == "DOS1002").ShouldBe(9);
        diagnostics.Single(d => d.Code == "DOS1003").Message.ShouldBe("'occasion' must be a text, not a list.");
        diagnostics.Count.ShouldBe(10);
    }

    [Fact]
    public void A_list_that_holds_itself_through_its_own_anchor_is_an_alias_to_nothing()
    {
        // A list takes its anchor's name once it is whole, so it cannot hold itself and be read without end.
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported: &loop
              - article: report
              - *loop
            """);

        dossier.Diagnostics().ShouldBe([
            "content/quotes/lima-safe.yml(6,5): error DOS1001: YAML syntax error: '*loop' refers to a value named '&loop', and there is none. " +
            "'*' starts a YAML alias: put the value in double quotes.",
        ]);
    }
}
