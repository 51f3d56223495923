using System.IO.Compression;
using System.Text;
using Dossier.Rendering.Offline;

namespace Dossier.Tests.Units;

public sealed class ZipWriterTests
{
    private static byte[] Archive(int files, Func<int, string> text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipWriter(stream, new DateOnly(2020, 1, 8)))
        {
            for (var i = 0; i < files; i++) zip.Add(ZipWriter.Compress($"f/{i:D6}.txt", Encoding.UTF8.GetBytes(text(i))));
        }
        return stream.ToArray();
    }

    [Fact]
    public void What_it_writes_a_zip_reader_reads_back_with_its_date_and_contents()
    {
        using var zip = new ZipArchive(new MemoryStream(Archive(3, i => $"file {i} " + new string('x', 500))));
        zip.Entries.Select(e => e.FullName).ShouldBe(["f/000000.txt", "f/000001.txt", "f/000002.txt"]);
        zip.Entries[0].LastWriteTime.DateTime.ShouldBe(new DateTime(2020, 1, 8));
        new StreamReader(zip.Entries[2].Open()).ReadToEnd().ShouldBe("file 2 " + new string('x', 500));
        zip.Entries[2].CompressedLength.ShouldBeLessThan(100);
    }

    [Fact]
    public void A_stored_file_is_kept_as_it_is()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipWriter(stream, new DateOnly(2020, 1, 8))) zip.Add(ZipWriter.Store("mimetype", "application/epub+zip"u8));
        using var archive = new ZipArchive(new MemoryStream(stream.ToArray()));
        archive.Entries[0].CompressedLength.ShouldBe(20);
        new StreamReader(archive.Entries[0].Open()).ReadToEnd().ShouldBe("application/epub+zip");
    }

    [Fact]
    public void Past_65535_files_it_writes_the_zip64_records_and_every_file_is_there()
    {
        using var zip = new ZipArchive(new MemoryStream(Archive(70_000, i => i.ToString())));
        zip.Entries.Count.ShouldBe(70_000);
        new StreamReader(zip.Entries[69_999].Open()).ReadToEnd().ShouldBe("69999");
    }

    [Fact]
    public void The_same_files_make_the_same_bytes()
    {
        Archive(50, i => $"page {i}").ShouldBe(Archive(50, i => $"page {i}"));
    }
}
