using CsCheck;
using Dossier.Building;
using Dossier.Loading;
using Dossier.Tests.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>
/// `serve` rebuilds only what a change can alter. Whatever the edits, one after another, the site it leaves is the
/// site a build from nothing writes, byte for byte: random sequences of edits to YAML, seeds and templates, each
/// followed by a rebuild (told which files changed, as the watcher tells it) that is compared with a fresh build.
/// </summary>
public sealed class IncrementalBuildTests
{
    /// <summary>One edit an editor might make; Which picks the file or the word, so that a failing sequence prints plainly.</summary>
    public sealed record Edit(string What, int Which)
    {
        public override string ToString() => $"{What} #{Which}";
    }

    private static readonly string[] Files =
    [
        "content/actors/ana-lima.yml", "content/actors/tom-reyes.yml", "content/actors/harbour-authority.yml",
        "content/places/portville-harbour.yml", "content/outlets/coast-courier.yml", "content/events/storm.yml",
        "content/articles/courier-harbour-closed.yml", "content/quotes/lima-will-not-reopen.yml", "content/claims/repair-time.yml",
    ];

    private static readonly string[] Words = ["piers", "storm", "Friday", "Guild", "north", "reporters", "harbour", "repairs"];

    /// <summary>Each edit: what it does to the dossier's files.</summary>
    private static readonly Dictionary<string, Action<string, int>> Edits = new(StringComparer.Ordinal)
    {
        // A summary or note: the entity's page and what shows it.
        ["summary"] = (root, n) => Replace(root, Pick(Files, n), "summary: ", $"summary: Edit {n}. "),
        // A name: every link to it, and where the texts name it.
        ["rename"] = (root, n) => Replace(root, "content/actors/ana-lima.yml", "name: Ana Lima", n % 2 == 0 ? "name: Ana Lima-Souza" : "name: Ana Lima"),
        // An alias that a text contains: new mentions.
        ["alias"] = (root, n) => Replace(root, "content/actors/tom-reyes.yml", "name: Tom Reyes", $"name: Tom Reyes\naliases: [{Pick(Words, n)}]"),
        ["title"] = (root, n) => Replace(root, "content/articles/courier-harbour-closed.yml", "title: Harbour closed", $"title: Harbour {n} closed"),
        // A date: lists reorder.
        ["date"] = (root, n) => Replace(root, "content/quotes/lima-will-not-reopen.yml", "said: 2021-03-02", $"said: 2021-03-0{1 + (n % 3)}"),
        // A seed: the article's text, its quotations and mentions.
        ["seed"] = (root, n) => Replace(root, "seeds/harbour-report.txt", "the storm damaged two piers", $"the storm damaged {n} piers near the {Pick(Words, n)}"),
        // A new actor: a page, the index, search, and mentions of its name.
        ["new actor"] = (root, n) => Write(root, $"content/actors/new-actor-{n % 3}.yml", $"name: {Pick(Words, n)} Watch\nkind: organization\nsummary: Added {n}.\n"),
        ["delete actor"] = (root, n) => Delete(root, $"content/actors/new-actor-{n % 3}.yml"),
        // A template: every page drawn with it.
        ["template"] = (root, n) => Append(root, "templates/actor.sbn-html", $"<!-- edit {n} -->\n"),
        ["partial"] = (root, n) => Append(root, "templates/partials/link-list.sbn-html", $"{{{{ # edit {n} }}}}"),
        ["site"] = (root, n) => Replace(root, "content/dossier.yml", "title: ", $"title: {n} "),
        // A mistake, and its mending: the builds in between fail, and the next good one starts from the last good site.
        ["break"] = (root, n) => Append(root, "content/actors/portville.yml", "aliases: [\n"),
        ["mend"] = (root, n) => Write(root, "content/actors/portville.yml", File.ReadAllText(Path.Combine(Repo.Fixture("mini"), "content/actors/portville.yml"))),
    };

    private static readonly string[] EditNames = Edits.Keys.Order(StringComparer.Ordinal).ToArray();

    private static readonly Gen<Edit> AnEdit =
        Gen.Select(Gen.Int[0, EditNames.Length - 1], Gen.Int[0, 50], (what, which) => new Edit(EditNames[what], which));

    [Fact]
    public void After_any_edits_the_rebuilt_site_equals_a_fresh_build()
    {
        AnEdit.Array[1, 5].Sample(edits =>
        {
            using var dossier = Mini();
            var paths = dossier.WithOwnTemplates();
            var state = new BuildState();
            SiteBuilder.Build(paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();
            foreach (var edit in edits)
            {
                var before = Inputs(dossier.Root);
                Edits[edit.What](dossier.Root, edit.Which);
                // As `serve`'s watcher does, the build is told which files changed; it asks no other file.
                state.Files.Changed(Touched(before, Inputs(dossier.Root)));
                var rebuilt = SiteBuilder.Build(paths, new BuildOptions(), state);
                var fresh = paths with { Output = dossier.FullPath("fresh") };
                if (Directory.Exists(fresh.Output)) Directory.Delete(fresh.Output, recursive: true);
                var expected = SiteBuilder.Build(fresh, new BuildOptions());
                rebuilt.Succeeded.ShouldBe(expected.Succeeded, $"after {edit}");
                if (!expected.Succeeded) continue;
                SameFiles(paths.Output, fresh.Output, $"after {edit} in {string.Join(", ", edits)}");
            }
        }, iter: 40, seed: "0aL2R5dtYQzL");
    }

    [Fact]
    public void A_summary_edit_renders_only_the_pages_that_show_it()
    {
        using var dossier = Mini();
        var state = new BuildState();
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();
        var before = Dates(dossier.Paths.Output);

        Replace(dossier.Root, "content/actors/tom-reyes.yml", "summary: ", "summary: Spokesman of the guild. ");
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();

        // Pages a rebuild does not render are not written; a page it renders to the same bytes keeps its date too.
        var after = Dates(dossier.Paths.Output);
        var rewritten = after.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && before[f.Key] != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        rewritten.ShouldContain("actors/tom-reyes.html");
        rewritten.ShouldNotContain("articles/courier-harbour-closed.html");
        rewritten.ShouldNotContain("events/storm.html");
    }

    [Fact]
    public void A_save_during_the_second_part_leaves_the_pages_and_the_next_build_completes_the_site()
    {
        using var dossier = Mini();
        var state = new BuildState();
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();
        var json = File.ReadAllText(dossier.FullPath("output/dossier.json"));

        Replace(dossier.Root, "content/actors/tom-reyes.yml", "summary: ", "summary: Spokesman of the guild. ");
        using var save = new CancellationTokenSource();
        // The save arrives as the pages are put in place.
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state, _ => save.Cancel(), save.Token).Succeeded.ShouldBeTrue();
        File.ReadAllText(dossier.FullPath("output/actors/tom-reyes.html")).ShouldContain("Spokesman of the guild.");
        File.ReadAllText(dossier.FullPath("output/dossier.json")).ShouldBe(json);
        Directory.EnumerateDirectories(dossier.Root, ".output.new-*").ShouldBeEmpty();

        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();
        var fresh = dossier.Paths with { Output = dossier.FullPath("fresh") };
        SiteBuilder.Build(fresh, new BuildOptions()).Succeeded.ShouldBeTrue();
        SameFiles(dossier.Paths.Output, fresh.Output, "after the completing build");
    }

    /// <summary>A copy of the mini dossier, to edit.</summary>
    private static TestDossier Mini()
    {
        var dossier = TestDossier.Create("");
        Folders.Copy(Repo.Fixture("mini"), dossier.Root);
        return dossier;
    }

    private static void SameFiles(string actual, string expected, string because)
    {
        var got = DossierFiles.Snapshot(actual);
        var want = DossierFiles.Snapshot(expected);
        got.Keys.ShouldBe(want.Keys, because);
        foreach (var (path, bytes) in want) got[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs {because}");
    }

    private static readonly string[] InputFolders = ["content", "seeds"];

    /// <summary>Every file under content/ and seeds/, by full path, with its size and date.</summary>
    private static Dictionary<string, (long, DateTime)> Inputs(string root) =>
        InputFolders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f), "*", SearchOption.AllDirectories))
            .ToDictionary(Path.GetFullPath, f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    private static HashSet<string> Touched(Dictionary<string, (long, DateTime)> before, Dictionary<string, (long, DateTime)> after) =>
        before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var was) || !after.TryGetValue(f, out var now) || was != now).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, DateTime> Dates(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static string Pick(string[] items, int n) => items[n % items.Length];

    private static void Append(string root, string file, string text) => Write(root, file, File.ReadAllText(Path.Combine(root, file)) + text);

    private static void Replace(string root, string file, string from, string to) =>
        Write(root, file, File.ReadAllText(Path.Combine(root, file)).Replace(from, to, StringComparison.Ordinal));

    private static void Delete(string root, string file) => File.Delete(Path.Combine(root, file));

    private static void Write(string root, string file, string text)
    {
        var path = Path.Combine(root, file);
        var before = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.UnixEpoch;
        File.WriteAllText(path, text);
        // Saves within one tick of the file system's clock would look unchanged to `serve`; an editor's saves are further apart.
        File.SetLastWriteTimeUtc(path, (before > DateTime.UtcNow ? before : DateTime.UtcNow).AddSeconds(1));
    }
}
