using Dossier.Model;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Synth.Generation;
using Dossier.Synth.Model;
using Dossier.Synth.Writing;

namespace Dossier.Tests.Synth;

/// <summary>The generator behind the benchmarks makes dossiers an editor could have written: valid, and in realistic proportion.</summary>
public sealed class SyntheticDossierTests(SyntheticDossier synth) : IClassFixture<SyntheticDossier>
{
    [Fact]
    public void A_generated_dossier_passes_a_strict_check()
    {
        var result = SiteBuilder.Check(synth.Paths, new BuildOptions(Strict: true));

        result.Diagnostics.Select(d => d.Format()).ShouldBeEmpty();
    }

    [Fact]
    public void It_has_the_proportions_of_a_real_dossier()
    {
        var content = ContentLoader.Load(synth.Paths, new DiagnosticBag());
        var expected = SynthSize.For(SyntheticDossier.Articles);

        // Per 1,000 articles: 60 outlets, 250 actors, 120 events, 3,000 quotes, 80 claims.
        (content.All<Article>().Count, content.All<Outlet>().Count, content.All<Actor>().Count, content.All<Event>().Count, content.All<Quote>().Count, content.All<Claim>().Count)
            .ShouldBe((50, 3, 13, 6, 150, 4));
        expected.ShouldBe(new SynthSize(50, 3, 13, 6, 150, 4));
        content.All<Quote>().ShouldAllBe(q => q.Reported.Count >= 1 && q.Reported.Count <= 4);
        content.All<Claim>().ShouldAllBe(c => c.Answers.Count >= 2);
        content.All<Actor>().Count(a => a.Aliases.Count > 0).ShouldBeGreaterThan(content.All<Actor>().Count * 8 / 10);
        content.All<Event>().Count(e => e.Follows.Count > 0).ShouldBeGreaterThan(0);
        content.All<Article>().Count(a => a.Excerpt is not null).ShouldBeGreaterThan(0);
        content.All<Quote>().SelectMany(q => q.Reported).Count(r => r.Text is not null).ShouldBeGreaterThan(0);

        var words = content.Texts.Values.Select(t => t.Paragraphs.Sum(p => p.Text.Split(' ').Length)).ToArray();
        words.Min().ShouldBeGreaterThanOrEqualTo(500);
        words.Average().ShouldBeInRange(500, 1000);
        content.Texts.Values.SelectMany(t => t.Paragraphs).ShouldContain(p => p.Text.Contains('\u2019'));
    }

    [Fact]
    public void The_same_seed_and_size_give_the_same_files()
    {
        var again = Path.Combine(Path.GetTempPath(), "dossier-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            DossierWriter.Write(DossierGenerator.Generate(SyntheticDossier.Articles, SyntheticDossier.Seed), again);

            Files(again).ShouldBe(Files(synth.Root));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    private static (string Path, string Text)[] Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToArray();
}
