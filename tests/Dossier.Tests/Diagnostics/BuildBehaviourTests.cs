using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>What a build leaves on disk: nothing half-written, the same bytes every time.</summary>
public sealed class BuildBehaviourTests
{
    private static void ShouldBeIdentical(SortedDictionary<string, byte[]> actual, SortedDictionary<string, byte[]> expected)
    {
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected)
            actual[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs");
    }

    [Fact]
    public void A_build_that_fails_on_content_leaves_the_previous_output_byte_identical()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Build().Succeeded.ShouldBeTrue();
        var before = DossierFiles.Snapshot(dossier.Paths.Output);
        before.Keys.ShouldContain("quotes/lima-safe.html");

        dossier.Write("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lmia
            text: We will stay safe, always
            event: storm
            reported:
              - article: report
            """);
        var result = dossier.Build();

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe(2);
        ShouldBeIdentical(DossierFiles.Snapshot(dossier.Paths.Output), before);
    }

    [Fact]
    public void A_build_that_fails_in_a_template_leaves_the_previous_output_byte_identical()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        SiteBuilder.Build(paths, new BuildOptions()).Succeeded.ShouldBeTrue();
        var before = DossierFiles.Snapshot(paths.Output);

        File.WriteAllText(Path.Combine(paths.Templates, "actor.sbn-html"), "<h1>{{ for role in roles }}{{ role.title }}</h1>\n");
        var result = SiteBuilder.Build(paths, new BuildOptions());

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("DOS3002");
        ShouldBeIdentical(DossierFiles.Snapshot(paths.Output), before);
    }

    [Fact]
    public void A_build_that_fails_while_writing_leaves_the_previous_output_byte_identical()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Build().Succeeded.ShouldBeTrue();
        var before = DossierFiles.Snapshot(dossier.Paths.Output);

        // A file and a folder of the same name cannot both be written: the write fails half way.
        var bag = new Dossier.Diagnostics.DiagnosticBag();
        OutputWriter.Write(dossier.Paths, [new("index.html", new byte[] { 1, 2, 3 }), new("actors", new byte[] { 4 }), new("actors/x.html", new byte[] { 5 })], bag);

        bag.Sorted().ShouldHaveSingleItem().Code.ShouldBe("DOS4001");
        ShouldBeIdentical(DossierFiles.Snapshot(dossier.Paths.Output), before);
        Directory.GetDirectories(dossier.Root).Select(Path.GetFileName).Order().ShouldBe(["content", "output", "seeds"]);
    }

    [Fact]
    public void A_first_build_that_fails_writes_no_output_folder()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/events/storm.yml\ntitle: Storm\ndate: 2021-02-30\nparticipants:\n  - actor: ana-lima\n");

        dossier.Build().Succeeded.ShouldBeFalse();

        Directory.GetFileSystemEntries(dossier.Root).Select(Path.GetFileName).ShouldBe(["content", "seeds"], ignoreOrder: true);
    }

    [Fact]
    public void Two_builds_of_the_same_dossier_are_byte_identical()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var first = dossier.Paths with { Output = dossier.FullPath("first") };
        var second = dossier.Paths with { Output = dossier.FullPath("second") };

        SiteBuilder.Build(first, new BuildOptions()).Succeeded.ShouldBeTrue();
        SiteBuilder.Build(second, new BuildOptions()).Succeeded.ShouldBeTrue();

        ShouldBeIdentical(DossierFiles.Snapshot(second.Output), DossierFiles.Snapshot(first.Output));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_output_and_leaves_no_temporary_folders()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/quotes/lima-storm.yml
            speaker: ana-lima
            text: after the storm
            reported:
              - article: report
            """);
        dossier.Build().Succeeded.ShouldBeTrue();
        File.Exists(dossier.FullPath("output/quotes/lima-storm.html")).ShouldBeTrue();

        dossier.Delete("content/quotes/lima-storm.yml");
        dossier.Build().Succeeded.ShouldBeTrue();

        File.Exists(dossier.FullPath("output/quotes/lima-storm.html")).ShouldBeFalse();
        Directory.GetFileSystemEntries(dossier.Root).Select(Path.GetFileName).ShouldBe(["content", "output", "seeds"], ignoreOrder: true);
    }

    [Fact]
    public void A_rebuild_rewrites_only_the_files_whose_bytes_changed_and_equals_a_fresh_build()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Build().Succeeded.ShouldBeTrue();
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(dossier.Paths.Output, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, longAgo);

        dossier.Write("""
            --- content/actors/bo-chen.yml
            name: Bo Chen
            kind: person
            """);
        dossier.Build().Succeeded.ShouldBeTrue();

        bool Rewritten(string page) => File.GetLastWriteTimeUtc(dossier.FullPath("output/" + page)) != longAgo;
        Rewritten("actors/bo-chen.html").ShouldBeTrue();
        Rewritten("actors/index.html").ShouldBeTrue();
        Rewritten("dossier.json").ShouldBeTrue();
        Rewritten("quotes/lima-safe.html").ShouldBeFalse();
        Rewritten("articles/report.html").ShouldBeFalse();
        Rewritten("assets/site.css").ShouldBeFalse();

        var fresh = dossier.Paths with { Output = dossier.FullPath("fresh") };
        SiteBuilder.Build(fresh, new BuildOptions()).Succeeded.ShouldBeTrue();
        ShouldBeIdentical(DossierFiles.Snapshot(dossier.Paths.Output), DossierFiles.Snapshot(fresh.Output));
    }

    [Fact]
    public void A_warning_does_not_stop_a_normal_build()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/actors/tom-reyes.yml\nname: Tom Reyes\nkind: person\n");

        var result = dossier.Build();

        result.Succeeded.ShouldBeTrue();
        result.Warnings.ShouldBe(1);
        File.Exists(dossier.FullPath("output/actors/tom-reyes.html")).ShouldBeTrue();
    }

    [Fact]
    public void Strict_turns_the_warning_into_an_error_and_writes_nothing()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/actors/tom-reyes.yml\nname: Tom Reyes\nkind: person\n");

        var result = dossier.Build(strict: true);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe(1);
        result.Warnings.ShouldBe(0);
        result.Diagnostics.Single().Format().ShouldStartWith("content/actors/tom-reyes.yml(1,1): error DOS2008: Nothing references the actor 'tom-reyes'.");
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }
}
