using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>docs/templates.md lists what every template can use; it is made from the view types, so it cannot drift.</summary>
public sealed class TemplateReferenceTests
{
    private static readonly string Guide = Path.Combine(Repo.Root, "docs", "templates.md");

    [Fact]
    public void The_guide_s_reference_is_the_one_the_view_types_make()
    {
        var text = File.ReadAllText(Guide);
        var start = text.IndexOf(TemplateReference.Start, StringComparison.Ordinal);
        var end = text.IndexOf(TemplateReference.End, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/templates.md has no reference section");
        end.ShouldBeGreaterThan(start);

        var current = text[start..(end + TemplateReference.End.Length)];
        var made = TemplateReference.Write();
        if (current == made) return;
        // Brought up to date in place, so that the difference is there to review with git diff.
        File.WriteAllText(Guide, text[..start] + made + text[(end + TemplateReference.End.Length)..]);
        current.ShouldBe(made, "docs/templates.md's reference was out of date and has been rewritten: review it with git diff docs/templates.md and commit it.");
    }
}
