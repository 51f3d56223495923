using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Model.Schema;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>
/// The starter `new` writes lists every key of its kind, and loads cleanly once the required values are filled in:
/// until then `check` names exactly those values ("Required key ... is missing", DOS1004) and nothing else.
/// </summary>
public sealed partial class StarterFileTests
{
    /// <summary>Values for the starter's required keys, in the order they appear, that fit TestDossier.Minimal.</summary>
    private static readonly Dictionary<string, (string Key, string Value)[]> Fillings = new()
    {
        ["outlet"] = [("name", "Harbour Digest")],
        ["actor"] = [("name", "Tom Reyes"), ("kind", "person")],
        ["place"] = [("name", "Town hall")],
        ["event"] = [("title", "Harbour closed"), ("date", "2021-03-02")],
        ["article"] = [("title", "Follow-up"), ("outlet", "courier"), ("source", "report.txt")],
        ["quote"] = [("speaker", "ana-lima"), ("text", "We will stay safe"), ("article", "report")],
        ["claim"] =
        [
            ("question", "Will everyone stay safe?"),
            ("answer", "Yes"), ("article", "report"), ("text", "We will stay safe"),
            ("answer", "Not stated"), ("article", "report"), ("text", "after the storm"),
        ],
    };

    public static TheoryData<string> Kinds => new(EntityKinds.All.Select(k => k.Name));

    private static EntityKind Kind(string name) => EntityKinds.Named(name)!;

    private static string Starter(string kind) => StarterFiles.For(Kind(kind), "new-one");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_starter_lists_every_key_the_loader_accepts(string kind)
    {
        var starter = Starter(kind);

        foreach (var (level, key) in SchemaTests.AllKeys(Kind(kind)))
            starter.ShouldContain($"{key.Name}:", customMessage: $"'{key.Name}' (under '{level}') in the {kind} starter");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_key_is_explained_by_a_comment_on_its_line(string kind)
    {
        var lines = Starter(kind).Split('\n');

        lines[0].ShouldBe($"# yaml-language-server: $schema=../../schemas/{kind}.schema.json");
        foreach (var (_, key) in SchemaTests.AllKeys(Kind(kind)))
            lines.ShouldContain(l => Regex.IsMatch(l, $@"^[#\s-]*{key.Name}:[^#]*#\s+\S"), $"a line '{key.Name}: ... # what it is' in the {kind} starter");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_unfilled_starter_fails_only_with_fill_me_in_diagnostics_for_its_required_keys(string kind)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var path = $"content/{Kind(kind).Folder}/new-one.yml";
        dossier.Write($"--- {path}\n{Starter(kind)}");

        var result = dossier.Check();

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        errors.ShouldAllBe(d => d.Code == DiagnosticCodes.MissingKey && d.Span.Path.EndsWith(path));
        errors.Select(d => QuotedKey().Match(d.Message).Groups[1].Value).Order(StringComparer.Ordinal)
            .ShouldBe(Fillings[kind].Select(f => f.Key).Order(StringComparer.Ordinal));
        result.Diagnostics.Where(d => d.Severity == Severity.Warning).ShouldAllBe(d => d.Code == DiagnosticCodes.Unreferenced);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_starter_with_its_required_keys_filled_in_passes_check(string kind)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var path = $"content/{Kind(kind).Folder}/new-one.yml";
        dossier.Write($"--- {path}\n{Fill(Starter(kind), Fillings[kind])}");

        var result = dossier.Check();

        result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_starter_with_its_required_keys_filled_in_passes_its_schema(string kind)
    {
        var yaml = Fill(Starter(kind), Fillings[kind]);

        SchemaValidator.Validate(SchemaTests.Schema(kind), YamlAsJson.Parse(yaml)).ShouldBeEmpty();
    }

    /// <summary>Writes each value after the first still-empty line of its key, as an editor would.</summary>
    private static string Fill(string starter, IEnumerable<(string Key, string Value)> fillings)
    {
        var lines = starter.Split('\n');
        foreach (var (key, value) in fillings)
        {
            var index = Array.FindIndex(lines, l => Regex.IsMatch(l, $@"^(\s*-?\s*){key}:\s*(#.*)?$"));
            index.ShouldBeGreaterThanOrEqualTo(0, $"an empty '{key}:' line");
            var line = lines[index];
            var colon = line.IndexOf(':');
            lines[index] = line[..(colon + 1)] + " " + JsonSerializer.Serialize(value) + line[(colon + 1)..].TrimStart().Insert(0, " ");
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex("'([a-z_]+)'")]
    private static partial Regex QuotedKey();
}
