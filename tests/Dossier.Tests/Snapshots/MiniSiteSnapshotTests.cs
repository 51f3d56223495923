namespace Dossier.Tests.Snapshots;

/// <summary>
/// Every page of the small test dossier, pinned as an approved file. A change to a template or to the
/// pipeline shows up here as a diff to review; approve it with the command Shouldly prints.
/// </summary>
public sealed class MiniSiteSnapshotTests
{
    // favicon.ico is copied from templates/site-root/ as it is, and is not text; the archive and the EPUB are ZIPs,
    // pinned by Offline/ (the EPUB's documents, below, one by one).
    public static TheoryData<string> Files() => new(BuiltSite.Mini.GeneratedFiles().Where(f => f is not ("favicon.ico" or "dossier.zip" or "dossier.epub")));

    /// <summary>The documents inside the test dossier's EPUB, but its mimetype.</summary>
    public static TheoryData<string> EpubFiles() => new(BuiltSite.Mini.Epub().Keys.Where(f => f != "mimetype"));

    /// <summary>Pages of the test dossier built with lists on several pages (<see cref="BuiltSite.PagedLimits"/>): one of each kind of paged page.</summary>
    public static TheoryData<string> PagedFiles() => new(
        "actors/index.html", "actors/page-2.html", "actors/ana-lima.html", "actors/ana-lima/articles.html", "actors/ana-lima/articles-2.html",
        "actors/ana-lima/quotes.html", "events/index.html", "book/actors-2.html");

    [Fact]
    public void The_test_dossier_builds_without_diagnostics()
    {
        BuiltSite.Mini.Result.Diagnostics.ShouldBeEmpty();
        BuiltSite.Mini.Pages().Count.ShouldBe(40);
        BuiltSite.Mini.GeneratedFiles().ShouldBe([
            ".nojekyll", "404.html", "actors/ana-lima.html", "actors/fishermens-guild.html", "actors/harbour-authority.html",
            "actors/index.html", "actors/portville.html", "actors/tom-reyes.html", "articles/courier-harbour-closed.html",
            "articles/digest-harbour-closed.html", "articles/digest-relief-fund.html", "articles/index.html", "book.html",
            "book/actors.html", "book/claims.html", "book/events.html", "book/quotes.html", "book/sources.html", "book/timeline.html",
            "claims/index.html", "claims/repair-time.html", "dossier.epub", "dossier.json", "dossier.zip", "download.html", "events/harbour-closed.html", "events/index.html",
            "events/relief-fund.html", "events/storm.html", "favicon.ico", "feed.xml", "index.html", "network.html", "outlets/coast-courier.html",
            "outlets/harbour-digest.html", "outlets/index.html", "outlets/radio-port.html", "places/index.html",
            "places/portville-harbour.html", "places/portville-town-hall.html", "quotes/index.html", "quotes/lima-nobody-left-behind.html",
            "quotes/lima-will-not-reopen.html", "quotes/reyes-three-weeks.html", "robots.txt", "search.html", "search/0.js",
            "search/1.js", "sitemap.xml", "timeline.html",
        ]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_matches_the_approved_snapshot(string file)
    {
        var name = file.TrimStart('.').Replace('/', '_');
        var extension = Path.GetExtension(name) is { Length: > 0 } e ? e : ".txt";
        BuiltSite.Mini.Read(file).ShouldMatchApproved(c => c
            .SubFolder("approved/mini")
            .WithDiscriminator(Path.GetFileNameWithoutExtension(name))
            .WithFileExtension(extension)
            .NoDiff());
    }

    [Theory]
    [MemberData(nameof(EpubFiles))]
    public void A_document_of_the_test_dossier_s_epub_matches_the_approved_snapshot(string file)
    {
        BuiltSite.Mini.Epub()[file].ShouldMatchApproved(c => c
            .SubFolder("approved/mini-epub")
            .WithDiscriminator(Path.ChangeExtension(file, null).Replace('/', '_'))
            .WithFileExtension(Path.GetExtension(file))
            .NoDiff());
    }

    [Theory]
    [MemberData(nameof(PagedFiles))]
    public void A_page_of_the_test_dossier_with_its_lists_on_several_pages_matches_the_approved_snapshot(string file)
    {
        BuiltSite.MiniPaged.Read(file).ShouldMatchApproved(c => c
            .SubFolder("approved/mini-paged")
            .WithDiscriminator(Path.ChangeExtension(file, null).Replace('/', '_'))
            .WithFileExtension(".html")
            .NoDiff());
    }
}
