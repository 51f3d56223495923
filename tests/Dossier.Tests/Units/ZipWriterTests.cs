using System.Buffers.Binary;
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
    public void A_large_file_compressed_through_a_temporary_file_reads_back_with_its_crc_and_sizes()
    {
        // Three megabytes of varied text, read and compressed in chunks.
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"{i * 7919 % 100_003} ")));
        using var stream = new MemoryStream();
        using (var zip = new ZipWriter(stream, new DateOnly(2020, 1, 8)))
        {
            zip.Add(ZipWriter.Compress("a.txt", "before"u8));
            zip.Add(ZipWriter.Compress("dossier.json", new MemoryStream(large)));
            zip.Add(ZipWriter.Compress("z.txt", "after"u8));
        }

        using var archive = new ZipArchive(new MemoryStream(stream.ToArray()));
        archive.Entries.Select(e => e.FullName).ShouldBe(["a.txt", "dossier.json", "z.txt"]);
        using var read = new MemoryStream();
        archive.Entries[1].Open().CopyTo(read);
        (read.ToArray().AsSpan().SequenceEqual(large)).ShouldBeTrue("the large file reads back as it was");
        archive.Entries[1].Crc32.ShouldBe(System.IO.Hashing.Crc32.HashToUInt32(large));
        // Readers that walk the local headers (unzip) find each file's CRC and sizes there too, and the next header
        // where the compressed size says.
        LocalHeaders(stream.ToArray()).ShouldBe(archive.Entries.Select(e => (e.FullName, e.Crc32, e.CompressedLength, e.Length)));
    }

    private static List<(string Name, uint Crc, long Compressed, long Size)> LocalHeaders(byte[] zip)
    {
        var headers = new List<(string, uint, long, long)>();
        for (var at = 0; BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x04034b50;)
        {
            var header = zip.AsSpan(at);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[18..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[26..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            headers.Add((Encoding.UTF8.GetString(header.Slice(30, nameLength)), BinaryPrimitives.ReadUInt32LittleEndian(header[14..]),
                compressed, BinaryPrimitives.ReadUInt32LittleEndian(header[22..])));
            at += 30 + nameLength + extraLength + (int)compressed;
        }
        return headers;
    }

    [Fact]
    public void The_same_files_make_the_same_bytes()
    {
        Archive(50, i => $"page {i}").ShouldBe(Archive(50, i => $"page {i}"));
    }
}
