using Dossier.Model;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Tests.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>What `serve` keeps between builds: only changed files are read again, and nothing else differs.</summary>
public sealed class LoadCacheTests
{
    [Fact]
    public void A_second_load_reuses_what_it_read_from_unchanged_files_and_reads_a_changed_one_again()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var cache = new LoadCache();
        var first = ContentLoader.Load(dossier.Paths, new DiagnosticBag(), cache);

        dossier.Write("""
            --- content/events/storm.yml
            title: The storm
            date: 2021-03-01
            participants:
              - actor: ana-lima
            """);
        var second = ContentLoader.Load(dossier.Paths, new DiagnosticBag(), cache);

        second.All<Actor>().Single().ShouldBeSameAs(first.All<Actor>().Single());
        second.Texts.Values.Single().ShouldBeSameAs(first.Texts.Values.Single());
        second.All<Event>().Single().ShouldNotBeSameAs(first.All<Event>().Single());
        second.All<Event>().Single().Title.ShouldBe("The storm");
    }

    [Fact]
    public void A_changed_seed_is_cut_again()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var cache = new LoadCache();
        ContentLoader.Load(dossier.Paths, new DiagnosticBag(), cache);

        dossier.Write("""
            --- seeds/report.txt
            Lima said: “We will stay safe,” after the storm had passed.
            """);
        var second = ContentLoader.Load(dossier.Paths, new DiagnosticBag(), cache);

        second.Texts.Values.Single().Paragraphs.Single().Text.ShouldEndWith("after the storm had passed.");
    }

    [Fact]
    public void A_problem_in_an_unchanged_file_is_reported_again_on_every_build()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/outlets/courier.yml
            name: Courier
            colour: blue
            """);
        var state = new BuildState();

        var first = SiteBuilder.Build(dossier.Paths, new BuildOptions(), state);
        var second = SiteBuilder.Build(dossier.Paths, new BuildOptions(), state);

        first.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.UnknownKey);
        second.Diagnostics.ShouldBe(first.Diagnostics);
    }

    [Fact]
    public void Builds_with_the_cache_after_edits_equal_a_fresh_build()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var state = new BuildState();
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();

        dossier.Write("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases: [Lima, Ana]
            summary: Mayor of the town.
            """);
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();

        var fresh = dossier.Paths with { Output = dossier.FullPath("fresh") };
        SiteBuilder.Build(fresh, new BuildOptions()).Succeeded.ShouldBeTrue();
        var cached = DossierFiles.Snapshot(dossier.Paths.Output);
        var expected = DossierFiles.Snapshot(fresh.Output);
        cached.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected) cached[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs");
    }
}
