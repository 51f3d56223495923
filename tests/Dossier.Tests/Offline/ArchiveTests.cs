using System.IO.Compression;
using Dossier.Building;
using Dossier.Rendering;
using Dossier.Rendering.Offline;
using Dossier.Tests.Snapshots;
using Dossier.Text;

namespace Dossier.Tests.Offline;

/// <summary>dossier.zip: the site in one file that opens from disk as output/ does.</summary>
public sealed class ArchiveTests
{
    private static readonly Lazy<string> Unzipped = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-unzipped-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(Path.Combine(BuiltSite.Mini.Output, Routes.Archive), folder);
        return folder;
    });

    private static string[] FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Unzipped_it_holds_every_file_of_the_site_but_those_that_only_make_sense_online()
    {
        var site = FilesIn(BuiltSite.Mini.Output);
        FilesIn(Unzipped.Value).ShouldBe(site.Where(OfflineCopy.Keeps).ToArray());
        foreach (var online in new[] { ".nojekyll", "404.html", "robots.txt", "sitemap.xml", "dossier.zip" })
        {
            site.ShouldContain(online);
            File.Exists(Path.Combine(Unzipped.Value, online)).ShouldBeFalse(online);
        }
        FilesIn(Unzipped.Value).ShouldContain(Routes.Epub);
        FilesIn(Unzipped.Value).ShouldContain(Routes.Feed);
    }

    [Fact]
    public void Unzipped_every_relative_link_and_fragment_resolves()
    {
        LinkChecker.Check(Unzipped.Value).Select(d => d.Format()).ShouldBeEmpty();
    }

    [Fact]
    public void Its_files_are_the_site_s_byte_for_byte_but_the_download_page_which_says_it_is_the_offline_copy()
    {
        foreach (var file in FilesIn(Unzipped.Value).Where(f => f != Routes.Download))
            File.ReadAllBytes(Path.Combine(Unzipped.Value, file)).ShouldBe(File.ReadAllBytes(Path.Combine(BuiltSite.Mini.Output, file)), file);

        var copy = File.ReadAllText(Path.Combine(Unzipped.Value, Routes.Download));
        copy.ShouldContain("This is the offline copy");
        copy.ShouldNotContain("href=\"dossier.zip\"");
    }

    [Fact]
    public void The_download_page_gives_each_file_s_true_size_and_every_page_the_epub_s()
    {
        string Size(string file) => Plain.Size(new FileInfo(Path.Combine(BuiltSite.Mini.Output, file)).Length);
        var page = BuiltSite.Mini.Read(Routes.Download);
        page.ShouldContain($"<a href=\"dossier.zip\" download>dossier.zip</a>, {Size(Routes.Archive)}");
        page.ShouldContain($"<a href=\"dossier.epub\" download>dossier.epub</a>, {Size(Routes.Epub)}");
        foreach (var file in BuiltSite.Mini.Pages())
            BuiltSite.Mini.Read(file).ShouldContain($"dossier.epub</a>, {Size(Routes.Epub)}", customMessage: file);
    }

    [Fact]
    public void Its_entries_are_in_ordinal_order_dated_with_the_dossier_s_newest_article()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(BuiltSite.Mini.Output, Routes.Archive));
        var names = zip.Entries.Select(e => e.FullName).ToArray();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToArray());
        zip.Entries.Select(e => e.LastWriteTime.DateTime.Date).Distinct().ShouldHaveSingleItem();
        zip.Entries.ShouldAllBe(e => e.CompressedLength < e.Length || e.Length < 100);
    }
}
