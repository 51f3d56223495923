using System.Text.RegularExpressions;
using Dossier.Building;
using Dossier.Loading;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>
/// docs/templates.md's worked examples, applied to a copy of the templates and built over the test dossier: changing
/// only templates/ restyles the timeline, the network, the article text, the quote differences, the actor page and
/// the bar charts, as the guide says.
/// </summary>
public sealed partial class TemplateGuideTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-guide-" + Guid.NewGuid().ToString("N"));

    // ```html file=templates/x.sbn-html [after="a line of that file"]
    [GeneratedRegex("^```html file=(?<file>\\S+)(?: after=\"(?<after>[^\"]*)\")?\\n(?<text>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_worked_example_in_the_guide_builds_and_changes_the_pages_it_says()
    {
        var templates = Path.Combine(_folder, "templates");
        foreach (var file in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Repo.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var examples = Example().Matches(File.ReadAllText(Path.Combine(Repo.Root, "docs", "templates.md")));
        examples.Count.ShouldBe(6);
        foreach (Match example in examples)
        {
            var path = Path.Combine(_folder, example.Groups["file"].Value);
            File.Exists(path).ShouldBeTrue(example.Groups["file"].Value);
            if (example.Groups["after"].Success)
            {
                var after = example.Groups["after"].Value + "\n";
                var text = File.ReadAllText(path);
                var at = text.IndexOf(after, StringComparison.Ordinal);
                at.ShouldBeGreaterThanOrEqualTo(0, $"{example.Groups["file"].Value} has no line '{example.Groups["after"].Value}'");
                File.WriteAllText(path, text.Insert(at + after.Length, example.Groups["text"].Value));
            }
            else
            {
                File.WriteAllText(path, example.Groups["text"].Value);
            }
        }

        var paths = SitePaths.Under(Repo.Fixture("mini")) with { Templates = templates, Output = Path.Combine(_folder, "output") };
        var result = SiteBuilder.Build(paths, new BuildOptions());

        result.Diagnostics.ShouldBeEmpty();
        string Page(string path) => File.ReadAllText(Path.Combine(paths.Output, path));
        Page("timeline.html").ShouldContain("<path class=\"follows\" stroke-dasharray=\"4 3\"");
        Page("network.html").ShouldNotContain("<path class=\"tie-mark claimed\"");
        Page("network.html").ShouldContain("<circle class=\"tie-mark claimed\"");
        Page("articles/courier-harbour-closed.html").ShouldContain("<a class=\"to-quote\" href=\"../quotes/lima-will-not-reopen.html\"");
        Page("articles/courier-harbour-closed.html").ShouldNotContain("class=\"mention\"");
        Page("quotes/lima-will-not-reopen.html").ShouldContain(
            "We <s class=\"missing\" title=\"missing from this report\">will not</s> <b class=\"added\" title=\"added in this report\">won’t</b> reopen");
        Page("actors/ana-lima.html").ShouldContain("  <h1>Ana Lima</h1>\n  <p class=\"role\">Mayor, Portville</p>\n");
        Page("actors/ana-lima.html").ShouldContain("<table class=\"bar-table\">");
    }
}
