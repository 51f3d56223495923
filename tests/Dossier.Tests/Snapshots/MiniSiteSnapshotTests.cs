namespace Dossier.Tests.Snapshots;

/// <summary>
/// Every page of the small test dossier, pinned as an approved file. A change to a template or to the
/// pipeline shows up here as a diff to review; approve it with the command Shouldly prints.
/// </summary>
public sealed class MiniSiteSnapshotTests
{
    public static TheoryData<string> Pages() => new(BuiltSite.Mini.Pages());

    [Fact]
    public void The_test_dossier_builds_without_diagnostics()
    {
        BuiltSite.Mini.Result.Diagnostics.ShouldBeEmpty();
        BuiltSite.Mini.Pages().Count.ShouldBe(26);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_matches_the_approved_snapshot(string page)
    {
        BuiltSite.Mini.Read(page).ShouldMatchApproved(c => c
            .SubFolder("approved/mini")
            .WithDiscriminator(page.Replace('/', '_').Replace(".html", ""))
            .WithFileExtension(".html")
            .NoDiff());
    }
}
