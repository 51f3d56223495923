using Dossier.Editing;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class NewCommandTests
{
    [Fact]
    public async Task Writes_a_starter_file_for_the_kind_under_content()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync("new", "quote", "lima-stay-home", "--content", dossier.Paths.Content);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("content/quotes/lima-stay-home.yml");
        var written = File.ReadAllText(Path.Combine(dossier.Paths.Content, "quotes", "lima-stay-home.yml"));
        written.ShouldBe(StarterFiles.For(Dossier.Model.Quote.Definition, "lima-stay-home"));
        written.Split('\n')[0].ShouldBe("# yaml-language-server: $schema=../../schemas/quote.schema.json");
    }

    [Fact]
    public async Task Creates_the_kind_folder_when_the_dossier_has_none_yet()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync("new", "claim", "repair-time", "--content", dossier.Paths.Content);

        run.ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(dossier.Paths.Content, "claims", "repair-time.yml")).ShouldBeTrue();
    }

    [Fact]
    public async Task Refuses_an_id_that_exists_and_leaves_the_file_alone()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var existing = Path.Combine(dossier.Paths.Content, "actors", "ana-lima.yml");
        var before = File.ReadAllText(existing);

        var run = await Cli.RunAsync("new", "actor", "ana-lima", "--content", dossier.Paths.Content);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("The actor 'ana-lima' already exists (ana-lima.yml)");
        File.ReadAllText(existing).ShouldBe(before);
    }

    [Fact]
    public async Task Refuses_an_id_that_differs_from_an_existing_one_only_in_case_or_extension()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/outlets/wire.yaml\nname: Wire\n");

        var run = await Cli.RunAsync("new", "outlet", "wire", "--content", dossier.Paths.Content);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already exists (wire.yaml)");
    }

    [Theory]
    [InlineData("Hassan Rouhani", "'hassan-rouhani'")]
    [InlineData("../escape", "'escape'")]
    [InlineData("double--dash", "'double-dash'")]
    public async Task Refuses_an_invalid_id_and_suggests_one(string id, string suggestion)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync("new", "actor", id, "--content", dossier.Paths.Content);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"'{id}' is not a valid id");
        run.Error.ShouldContain(suggestion);
        Directory.EnumerateFiles(dossier.Paths.Content, "*", SearchOption.AllDirectories).Count().ShouldBe(6);
    }

    [Fact]
    public async Task Refuses_an_unknown_kind()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync("new", "person", "ana", "--content", dossier.Paths.Content);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("person");
    }

    [Fact]
    public async Task Refuses_a_missing_content_folder()
    {
        var run = await Cli.RunAsync("new", "actor", "ana", "--content", Path.Combine(Path.GetTempPath(), "no-such-dossier-" + Guid.NewGuid().ToString("N")));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("There is no content folder");
    }
}
