using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>Every YAML file the project ships passes its schema, and the schemas do reject what the loader rejects.</summary>
public sealed class SchemaValidationTests
{
    public static TheoryData<string> ContentFiles()
    {
        var files = new TheoryData<string>();
        foreach (var folder in new[] { Path.Combine(Repo.Root, "content"), Path.Combine(Repo.Fixture("mini"), "content") })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                files.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Content_file_passes_its_schema(string file)
    {
        var problems = SchemaValidator.Validate(SchemaTests.Schema(KindOf(file)), YamlAsJson.Read(Path.Combine(Repo.Root, file)));

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("actor", "name: Ana Lima\nkind: person\nalias: [Lima]\n", "property 'alias' is not allowed")]
    [InlineData("actor", "name: Ana Lima\nkind: persn\n", "is not one of")]
    [InlineData("actor", "name: Ana Lima\nkind: person\nroles:\n  - title: Mayor\n    from: 2019-13-01x\n", "does not match")]
    [InlineData("actor", "name: Ana Lima\nkind: person\nroles:\n  - titel: Mayor\n", "required property 'title' is missing")]
    [InlineData("quote", "speaker: Ana Lima\ntext: x\nreported:\n  - article: report\n", "'Ana Lima' does not match")]
    [InlineData("quote", "speaker: ana-lima\ntext: x\nreported: []\n", "at least 1 item")]
    [InlineData("claim", "question: q\nanswers:\n  - answer: a\n    claimants:\n      - article: report\n        text: t\n", "at least 2 item")]
    [InlineData("claim", "question: q\nanswers:\n  - answer: a\n    claimants: []\n  - answer: b\n    claimants: []\n", "at least 1 item")]
    [InlineData("place", "name: Erbil\ncoordinates: north of Baghdad\n", "does not match")]
    [InlineData("event", "title: Storm\ndate: 1 March 2021\n", "does not match")]
    [InlineData("event", "title: Storm\n", "required property 'date' is missing")]
    [InlineData("article", "title: T\noutlet: courier\nsource: ../secret.txt\n", "does not match")]
    [InlineData("outlet", "name: Courier\nhomepage: javascript:alert(1)\n", "does not match")]
    [InlineData("dossier", "title:\n", "expected string")]
    public void The_schema_rejects_what_the_loader_rejects(string kind, string yaml, string problem)
    {
        var problems = SchemaValidator.Validate(SchemaTests.Schema(kind), YamlAsJson.Parse(yaml));

        problems.ShouldContain(p => p.Contains(problem), string.Join("\n", problems));
    }

    [Theory]
    [InlineData("event", "title: Storm\ndate: 2021\n")]
    [InlineData("event", "title: Storm\ndate: 2021-03\nend: 2021-03-04\ntime: \"01:30\"\n")]
    [InlineData("actor", "name: Ana Lima\nkind: person\naliases:\nroles:\nsummary:\n")]
    public void The_schema_accepts_what_the_loader_accepts(string kind, string yaml)
    {
        SchemaValidator.Validate(SchemaTests.Schema(kind), YamlAsJson.Parse(yaml)).ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_comments_in_the_dossiers_content_point_at_the_schema_of_their_kind()
    {
        var content = Path.Combine(Repo.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*.yml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).FirstOrDefault() ?? "";
            const string prefix = "# yaml-language-server: $schema=";
            if (!first.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[prefix.Length..].Trim()));
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            schema.ShouldBe(Path.Combine(Repo.Root, "schemas", KindOf(relative) + ".schema.json"), relative);
        }
    }

    public static string KindOf(string file)
    {
        var parts = file.Split('/');
        return parts[^1] == "dossier.yml" ? "dossier" : parts[^2].TrimEnd('s');
    }
}
