using System.CommandLine;
using System.Text.Json.Nodes;
using Dossier.Cli.Commands;
using Dossier.Drafting;
using Dossier.Model;
using Dossier.Tests.Editor;
using Dossier.Tests.Support;
using NJsonSchema;

namespace Dossier.Tests.Drafting;

/// <summary>`draft` and `draft --apply` as an editor runs them, with the sample draft standing in for the engine.</summary>
public sealed class DraftCommandTests : IDisposable
{
    private readonly TestDossier _dossier = TestDossier.Create(TestDossier.Minimal + $"\n--- seeds/{DraftSamples.SeedName}\n{DraftSamples.Seed}");
    private readonly List<IReadOnlyList<SeedFile>> _drafted = [];

    public void Dispose() => _dossier.Dispose();

    private string Drafts => Path.Combine(_dossier.Root, "drafts");

    private RootCommand Root() => new("Dossier (test)")
    {
        DraftCommand.Create((known, seeds) =>
        {
            _drafted.Add(seeds);
            return DraftSamples.Draft(known: known.All<Actor>().Count > 0);
        }),
        CheckCommand.Create(),
    };

    private Task<Editor.Cli.Run> Run(params string[] args) =>
        Editor.Cli.RunAsync(Root(), [.. args, "--content", _dossier.Paths.Content, "--seeds", _dossier.Paths.Seeds, "--drafts", Drafts]);

    private string Draft(string path) => File.ReadAllText(Path.Combine(Drafts, path));

    [Fact]
    public async Task Drafts_review_fills_in_apply_then_check_passes()
    {
        var lima = Path.Combine(_dossier.Paths.Content, "quotes", "lima-safe.yml");
        var before = File.ReadAllText(lima);

        // Given a new text, draft writes the proposals and says what each still needs
        var drafted = await Run("draft", DraftSamples.SeedName);

        drafted.ExitCode.ShouldBe(0, drafted.Error);
        drafted.Output.ShouldContain("drafts/quotes/park-ships-moving-again-all.yml — to fill in: said, event\n");
        drafted.Output.ShouldContain("drafts/quotes/lima-safe.add.yml (new reports for content/quotes/lima-safe.yml)\n");
        drafted.Output.ShouldContain("drafts/actors/joe-park.yml\n");
        _drafted.Single().Single().ShouldBe(new SeedFile(DraftSamples.SeedName, DraftSamples.Seed + "\n"));

        // When the editor rejects one proposal and applies before filling in the rest
        File.Delete(Path.Combine(Drafts, "quotes", "unattributed-about-time.yml"));
        var early = await Run("draft", "--apply");

        // Then only the finished drafts move, and each unfinished field is named
        early.ExitCode.ShouldBe(1);
        early.Error.ShouldContain("drafts/quotes/park-ships-moving-again-all.yml(8,1): 'said' is still TODO");
        early.Error.ShouldContain("drafts/articles/gazette-harbour-reopens.yml(");
        early.Output.ShouldContain("content/actors/joe-park.yml");
        File.Exists(Path.Combine(Drafts, "articles", "gazette-harbour-reopens.yml")).ShouldBeTrue();
        File.ReadAllText(lima).ShouldBe(before + "  - article: gazette-harbour-reopens\n    text: we will stay safe\n");

        // When the TODOs are filled in and applied again
        foreach (var file in Directory.EnumerateFiles(Drafts, "*.yml", SearchOption.AllDirectories))
            File.WriteAllText(file, DraftSamples.Fill(File.ReadAllText(file)));
        var applied = await Run("draft", "--apply");

        // Then everything is in content/, nothing is left to apply, and the dossier checks clean
        applied.ExitCode.ShouldBe(0, applied.Error);
        Directory.EnumerateFiles(Drafts, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        var check = await Editor.Cli.RunAsync(Root(), ["check", "--content", _dossier.Paths.Content, "--seeds", _dossier.Paths.Seeds]);
        check.Output.ShouldNotContain("error");
        check.ExitCode.ShouldBe(0, check.Output);
    }

    [Fact]
    public async Task Json_goes_to_standard_output_matches_its_schema_and_writes_nothing()
    {
        var run = await Run("draft", DraftSamples.SeedName, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Repo.Root, "docs", "drafting.schema.json"));
        schema.Validate(run.Output).Select(e => e.ToString()).ShouldBeEmpty();
        JsonNode.Parse(run.Output)!["articles"]![0]!["published"]!.GetValue<string>().ShouldBe("2021-03-05");
        Directory.Exists(Drafts).ShouldBeFalse();
    }

    [Fact]
    public async Task Takes_a_seed_by_path_as_well_as_by_name()
    {
        var run = await Run("draft", Path.Combine(_dossier.Paths.Seeds, DraftSamples.SeedName), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        _drafted.Single().Single().Name.ShouldBe(DraftSamples.SeedName);
    }

    [Fact]
    public async Task A_seed_that_is_not_there_is_bad_usage_with_a_suggestion()
    {
        var run = await Run("draft", "gazete.txt");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("There is no seed file 'gazete.txt' in ");
        run.Error.ShouldContain("Did you mean 'gazette.txt'?");
        _drafted.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_text_outside_seeds_is_bad_usage()
    {
        _dossier.Write("--- elsewhere/new.txt\nA text.");

        var run = await Run("draft", Path.Combine(_dossier.Root, "elsewhere", "new.txt"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is not in ");
        run.Error.ShouldContain("copy the text into");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }

    [Fact]
    public async Task No_seed_file_at_all_is_bad_usage()
    {
        var run = await Run("draft");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Name the seed files to draft from");
    }

    [Fact]
    public async Task Apply_with_seed_files_is_bad_usage_and_moves_nothing()
    {
        await Run("draft", DraftSamples.SeedName);

        var run = await Run("draft", DraftSamples.SeedName, "--apply");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--apply takes no seed files");
        File.Exists(Path.Combine(Drafts, "actors", "joe-park.yml")).ShouldBeTrue();
    }

    [Fact]
    public async Task Content_with_errors_still_drafts_and_says_so_in_one_line()
    {
        _dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Lima\nkind: robot\n");

        var run = await Run("draft", DraftSamples.SeedName);

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), _dossier.Paths.Content).Replace('\\', '/')}/ has 1 error(s): drafting against what loaded. Run `check` to see them.\n");
        File.Exists(Path.Combine(Drafts, "articles", "gazette-harbour-reopens.yml")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_dossier_with_no_content_folder_drafts_against_nothing()
    {
        Directory.Delete(_dossier.Paths.Content, recursive: true);

        var run = await Run("draft", DraftSamples.SeedName);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        Draft("quotes/lima-stay-safe.yml").ShouldContain("speaker: TODO  # TODO: the actor id of Lima");
        run.Output.ShouldContain("content/dossier.yml does not exist yet: create it with at least a 'title:' line");
    }

    [Fact]
    public async Task Drafting_again_keeps_a_draft_the_editor_has_changed()
    {
        await Run("draft", DraftSamples.SeedName);
        File.WriteAllText(Path.Combine(Drafts, "actors", "joe-park.yml"), "name: Joseph Park\nkind: person\n");

        var again = await Run("draft", DraftSamples.SeedName);

        again.Output.ShouldContain("Kept ");
        again.Output.ShouldContain("drafts/actors/joe-park.yml: a draft of that name is already there");
        again.Output.ShouldContain("Unchanged ");
        Draft("actors/joe-park.yml").ShouldBe("name: Joseph Park\nkind: person\n");
    }

    [Fact]
    public async Task Apply_never_overwrites_a_content_file()
    {
        await Run("draft", DraftSamples.SeedName);
        _dossier.Write("--- content/outlets/gazette.yml\nname: The Gazette");

        var run = await Run("draft", "--apply");

        run.Error.ShouldContain("drafts/outlets/gazette.yml: ");
        run.Error.ShouldContain("content/outlets/gazette.yml exists already, so it was not moved");
        File.ReadAllText(Path.Combine(_dossier.Paths.Content, "outlets", "gazette.yml")).ShouldBe("name: The Gazette\n");
        File.Exists(Path.Combine(Drafts, "outlets", "gazette.yml")).ShouldBeTrue();
    }
}
