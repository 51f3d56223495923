using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>
/// docs/content-model.md keeps up with the kinds' definitions: each kind has its section, with a row for every key it
/// accepts and none for a key it does not, and every key of its entries named in the section.
/// </summary>
public sealed partial class ContentModelGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repo.Root, "docs", "content-model.md"));

    public static TheoryData<string> Files() => new(EntityKinds.All.Select(k => $"content/{k.Folder}/<id>.yml").Prepend("content/dossier.yml"));

    private static Shape ShapeOf(string file) =>
        file == "content/dossier.yml" ? SiteInfo.Definition : EntityKinds.All.Single(k => file == $"content/{k.Folder}/<id>.yml");

    private static string Section(string file)
    {
        var start = Guide.IndexOf($"## `{file}`", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"docs/content-model.md has no section '## `{file}`'");
        var end = Guide.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? Guide[start..] : Guide[start..end];
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_key_has_a_row_and_each_row_is_a_key(string file)
    {
        var section = Section(file);
        var documented = Row().Matches(section).SelectMany(m => Key().Matches(m.Groups[1].Value).Select(k => k.Groups[1].Value)).ToArray();

        documented.Order(StringComparer.Ordinal).ShouldBe(ShapeOf(file).Keys.Select(k => k.Name).Order(StringComparer.Ordinal), file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_key_of_an_entry_is_named_in_its_section(string file)
    {
        var section = Section(file);
        foreach (var (level, key) in SchemaTests.AllKeys(ShapeOf(file)).Where(k => k.Level.Length > 0))
            section.ShouldContain(key.Name, customMessage: $"'{key.Name}' (an entry of '{level}') in the section of {file}");
    }

    [GeneratedRegex(@"^\| ([^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"`([a-z_]+)`")]
    private static partial Regex Key();
}
