using Dossier.Tests.Support;
using Dossier.Cli.Serving;

namespace Dossier.Tests.Editor;

public sealed class SiteFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-serve-" + Guid.NewGuid().ToString("N"));
    private readonly string _site;

    public SiteFilesTests()
    {
        _site = Path.Combine(_root, "output");
        Directory.CreateDirectory(Path.Combine(_site, "actors"));
        Directory.CreateDirectory(Path.Combine(_site, "assets"));
        File.WriteAllText(Path.Combine(_site, "index.html"), "home");
        File.WriteAllText(Path.Combine(_site, "actors", "ana-lima.html"), "ana");
        File.WriteAllText(Path.Combine(_site, "actors", "index.html"), "actors");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/actors/ana-lima.html", "actors/ana-lima.html")]
    [InlineData("/actors/", "actors/index.html")]
    public void Finds_files_of_the_site(string request, string file)
    {
        SiteFiles.Find(_site, request).File.ShouldBe(Path.Combine(_site, file));
    }

    [Fact]
    public void A_folder_asked_without_its_slash_is_redirected_so_relative_links_work()
    {
        SiteFiles.Find(_site, "/actors").ShouldBe(new SiteFiles.Lookup(null, "/actors/"));
        SiteFiles.Find(_site, "//actors").ShouldBe(new SiteFiles.Lookup(null, "/actors/"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/actors/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/assets/")]
    [InlineData("/missing.html")]
    public void Finds_nothing_outside_the_site_and_lists_no_folder(string request)
    {
        SiteFiles.Find(_site, request).ShouldBe(new SiteFiles.Lookup(null, null));
    }

    [SymlinkFact]
    public void A_link_inside_the_site_that_leads_out_of_it_is_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_site, "leak.txt"), Path.Combine(_root, "secret.txt"));

        SiteFiles.Find(_site, "/leak.txt").File.ShouldBeNull();
    }

    [Fact]
    public void Finds_nothing_while_there_is_no_site()
    {
        SiteFiles.Find(Path.Combine(_root, "nothing"), "/").File.ShouldBeNull();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
