using System.IO.Compression;
using Dossier.Building;
using Dossier.Rendering;
using Dossier.Rendering.Offline;
using Dossier.Tests.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Offline;

/// <summary>
/// A rebuild's dossier.zip: the compressed data of the files that did not change is copied from the last archive, and
/// the archive is still the one a first build writes.
/// </summary>
public sealed class ArchiveRebuildTests
{
    // A page the change below leaves as it is, far enough into the archive's order not to be one the compressor is tried on.
    private const string Unchanged = "quotes/lima-safe.html";

    private static TestDossier Built()
    {
        var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Build().Succeeded.ShouldBeTrue();
        return dossier;
    }

    private static void Change(TestDossier dossier) => dossier.Write("""
        --- content/actors/bo-chen.yml
        name: Bo Chen
        kind: person
        """);

    /// <summary>Writes the last archive again with the same files, those <paramref name="recompress"/> names deflated at zlib's smallest size.</summary>
    private static void Recompress(TestDossier dossier, Func<string, bool> recompress)
    {
        var path = dossier.FullPath("output/" + Routes.Archive);
        using var old = new MemoryStream(File.ReadAllBytes(path));
        using var archive = new ZipArchive(old);
        using var stream = File.Create(path);
        using var zip = new ZipWriter(stream, DateOnly.FromDateTime(archive.Entries[0].LastWriteTime.DateTime));
        foreach (var entry in archive.Entries)
        {
            using var content = new MemoryStream();
            entry.Open().CopyTo(content);
            zip.Add(ZipWriter.Compress(entry.FullName, content.ToArray(), recompress(entry.FullName) ? CompressionLevel.SmallestSize : CompressionLevel.Fastest));
        }
    }

    private static byte[] Stored(string archive, string file)
    {
        using var index = ZipIndex.Open(archive).ShouldNotBeNull();
        var bytes = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(archive)!, file));
        return index.Data(file, System.IO.Hashing.Crc32.HashToUInt32(bytes), bytes.Length).ShouldNotBeNull();
    }

    private static byte[] FreshArchive(TestDossier dossier)
    {
        var fresh = dossier.Paths with { Output = dossier.FullPath("fresh") };
        SiteBuilder.Build(fresh, new BuildOptions()).Succeeded.ShouldBeTrue();
        return File.ReadAllBytes(Path.Combine(fresh.Output, Routes.Archive));
    }

    [Fact]
    public void A_rebuild_copies_an_unchanged_file_s_data_from_the_last_archive()
    {
        using var dossier = Built();
        var archive = dossier.FullPath("output/" + Routes.Archive);
        // The same page, stored differently: only a copy can bring these bytes into the new archive.
        Recompress(dossier, file => file == Unchanged);
        var marked = Stored(archive, Unchanged);

        Change(dossier);
        dossier.Build().Succeeded.ShouldBeTrue();

        Stored(archive, Unchanged).ShouldBe(marked);
        using var rebuilt = ZipFile.OpenRead(archive);
        rebuilt.Entries.Select(e => e.FullName).ShouldContain("actors/bo-chen.html");
    }

    [Fact]
    public void A_rebuild_in_serve_copies_a_page_it_kept_from_the_last_archive_and_writes_what_a_first_build_writes()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var state = new BuildState();
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();
        var archive = dossier.FullPath("output/" + Routes.Archive);
        var first = File.ReadAllBytes(archive);
        Recompress(dossier, file => file == Unchanged);
        var marked = Stored(archive, Unchanged);

        // As `serve` does: told which file changed, it draws again only the pages that read it, and keeps the others.
        Change(dossier);
        state.Files.Changed(new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(dossier.FullPath("content/actors/bo-chen.yml")) });
        SiteBuilder.Build(dossier.Paths, new BuildOptions(), state).Succeeded.ShouldBeTrue();

        Stored(archive, Unchanged).ShouldBe(marked);
        // With the page as a first build stores it, the archive is a first build's.
        Recompress(dossier, _ => false);
        File.ReadAllBytes(archive).ShouldBe(FreshArchive(dossier));
        first.ShouldNotBe(File.ReadAllBytes(archive));
    }

    [Fact]
    public void A_rebuild_whose_compressor_stores_files_otherwise_compresses_everything_again()
    {
        using var dossier = Built();
        // As if the last archive came from another zlib: every file stored otherwise.
        Recompress(dossier, _ => true);

        Change(dossier);
        dossier.Build().Succeeded.ShouldBeTrue();

        File.ReadAllBytes(dossier.FullPath("output/" + Routes.Archive)).ShouldBe(FreshArchive(dossier));
    }

    [Fact]
    public void A_rebuild_over_a_damaged_archive_writes_a_whole_one()
    {
        using var dossier = Built();
        var archive = dossier.FullPath("output/" + Routes.Archive);
        File.WriteAllBytes(archive, File.ReadAllBytes(archive)[..1000]);

        Change(dossier);
        dossier.Build().Succeeded.ShouldBeTrue();

        File.ReadAllBytes(archive).ShouldBe(FreshArchive(dossier));
    }
}
