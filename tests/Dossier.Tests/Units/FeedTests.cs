using System.Xml.Linq;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>feed.xml carries the latest articles, newest first: as many as dossier.yml's feed_entries says, 50 if it says nothing.</summary>
public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static string Articles(params (string Id, string Published)[] articles) => string.Concat(articles.Select(a => $"""
        --- content/articles/{a.Id}.yml
        title: Report {a.Id}
        outlet: courier
        published: {a.Published}
        source: report.txt
        events: [storm]

        """));

    private static string[] EntryIds(string dossierYml)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(dossierYml + Articles(("later", "2021-03-09"), ("latest", "2021-03-12"), ("early", "2021-03-05")));
        dossier.Build().Succeeded.ShouldBeTrue();
        return XDocument.Parse(dossier.ReadOutput("feed.xml")).Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToArray();
    }

    [Fact]
    public void The_feed_carries_as_many_of_the_latest_articles_as_feed_entries_says_newest_first()
    {
        EntryIds("""
            --- content/dossier.yml
            title: Test dossier
            base_url: https://example.org/test/
            feed_entries: 2

            """).ShouldBe(["https://example.org/test/articles/latest.html", "https://example.org/test/articles/later.html"]);
    }

    [Fact]
    public void Without_feed_entries_the_feed_carries_the_latest_fifty()
    {
        SiteInfo.DefaultFeedEntries.ShouldBe(50);
        EntryIds("""
            --- content/dossier.yml
            title: Test dossier
            base_url: https://example.org/test/

            """).ShouldBe([
            "https://example.org/test/articles/latest.html", "https://example.org/test/articles/later.html",
            "https://example.org/test/articles/early.html", "https://example.org/test/articles/report.html",
        ]);
    }
}
