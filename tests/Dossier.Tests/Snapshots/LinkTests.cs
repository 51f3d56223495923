using Dossier.Tests.Support;
using Dossier.Building;

namespace Dossier.Tests.Snapshots;

public sealed class LinkTests
{
    [Fact]
    public void Every_relative_link_and_fragment_of_the_test_dossier_resolves()
    {
        LinkChecker.Check(BuiltSite.Mini.Output).Select(d => d.Format()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_relative_link_and_fragment_of_the_test_dossier_with_its_lists_on_several_pages_resolves()
    {
        BuiltSite.MiniPaged.Result.Succeeded.ShouldBeTrue();
        LinkChecker.Check(BuiltSite.MiniPaged.Output).Select(d => d.Format()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_relative_link_and_fragment_of_the_real_dossier_resolves()
    {
        BuiltSite.Real.Result.Succeeded.ShouldBeTrue();
        LinkChecker.Check(BuiltSite.Real.Output).Select(d => d.Format()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_page_carries_the_site_icon_and_names_the_feed_so_browsers_ask_for_no_favicon_ico()
    {
        foreach (var page in BuiltSite.Mini.Pages())
        {
            var html = BuiltSite.Mini.Read(page);
            html.ShouldMatch("<link rel=\"icon\" href=\"data:image/svg\\+xml,[^\"]+\" type=\"image/svg\\+xml\">", page);
            html.ShouldMatch("<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"[^\"]*feed.xml\"", page);
        }
        File.Exists(Path.Combine(BuiltSite.Mini.Output, "feed.xml")).ShouldBeTrue();
        // Some browsers ask for /favicon.ico whatever the page says; at the top of a site it is there.
        File.ReadAllBytes(Path.Combine(BuiltSite.Mini.Output, "favicon.ico"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(Repo.Templates, "site-root", "favicon.ico")));
    }

    [Fact]
    public void A_broken_link_and_a_missing_fragment_are_reported_with_their_position()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-links-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "actors"));
        File.WriteAllText(Path.Combine(folder, "index.html"), "<a href=\"actors/x.html#q-1\">x</a>\n<a href=\"actors/missing.html\">y</a> <a href=\"https://example.org/\">z</a>");
        File.WriteAllText(Path.Combine(folder, "actors", "x.html"), "<p id=\"p1\">x</p><a href=\"../index.html\">home</a>");

        LinkChecker.Check(folder).Select(d => d.Format()).ShouldBe([
            "index.html(1,4): error DOS4002: The link 'actors/x.html#q-1' points to '#q-1', which is not an id in that page.",
            "index.html(2,4): error DOS4002: The link 'actors/missing.html' points to a file that does not exist.",
        ]);
        Directory.Delete(folder, recursive: true);
    }
}
