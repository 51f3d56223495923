using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Dossier.Rendering.Offline;

namespace Dossier.Tests.Units;

/// <summary>Reading back an archive's entries, so that a rebuild copies what it would compress the same again.</summary>
public sealed class ZipIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-zipindex-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly DateOnly Date = new(2020, 1, 8);

    private static string Text(int i) => $"file {i} " + string.Concat(Enumerable.Range(0, i % 7 * 40).Select(n => $"{n * i % 97} "));

    private string Archive(string name, int files, Func<int, ZipWriter.Entry> entry)
    {
        var path = Path.Combine(_folder, name);
        using var stream = File.Create(path);
        using var zip = new ZipWriter(stream, Date);
        for (var i = 0; i < files; i++) zip.Add(entry(i));
        return path;
    }

    private static ZipWriter.Entry Compressed(int i) => ZipWriter.Compress($"f/{i:D6}.txt", Encoding.UTF8.GetBytes(Text(i)));

    private static (uint Crc, long Size) Sum(int i)
    {
        var bytes = Encoding.UTF8.GetBytes(Text(i));
        return (Crc32.HashToUInt32(bytes), bytes.Length);
    }

    [Fact]
    public void Each_file_copied_from_the_index_makes_the_same_archive_as_compressing_it_again()
    {
        var first = Archive("first.zip", 20, Compressed);
        using var index = ZipIndex.Open(first).ShouldNotBeNull();

        var copied = Archive("copied.zip", 20, i =>
        {
            var (crc, size) = Sum(i);
            return index.Entry($"f/{i:D6}.txt", crc, size).ShouldNotBeNull($"file {i}");
        });

        File.ReadAllBytes(copied).ShouldBe(File.ReadAllBytes(first));
    }

    [Fact]
    public void Past_65535_files_it_reads_the_zip64_records_and_finds_the_last_file()
    {
        var path = Archive("many.zip", 70_000, i => ZipWriter.Compress($"f/{i:D6}.txt", Encoding.UTF8.GetBytes(i.ToString())));
        using var index = ZipIndex.Open(path).ShouldNotBeNull();
        var last = Encoding.UTF8.GetBytes("69999");
        var data = index.Data("f/069999.txt", Crc32.HashToUInt32(last), last.Length).ShouldNotBeNull();

        using var inflated = new MemoryStream();
        new DeflateStream(new MemoryStream(data), CompressionMode.Decompress).CopyTo(inflated);
        inflated.ToArray().ShouldBe(last);
    }

    [Fact]
    public void A_file_with_another_crc_or_size_or_not_in_the_archive_is_not_found()
    {
        using var index = ZipIndex.Open(Archive("some.zip", 3, Compressed)).ShouldNotBeNull();
        var (crc, size) = Sum(2);
        index.Entry("f/000002.txt", crc, size).ShouldNotBeNull();
        index.Entry("f/000002.txt", crc ^ 1, size).ShouldBeNull();
        index.Entry("f/000002.txt", crc, size + 1).ShouldBeNull();
        index.Entry("f/000003.txt", crc, size).ShouldBeNull();
    }

    [Fact]
    public void A_stored_file_is_not_offered_for_copying_as_deflated_data()
    {
        var bytes = "application/epub+zip"u8.ToArray();
        using var index = ZipIndex.Open(Archive("stored.zip", 1, _ => ZipWriter.Store("mimetype", bytes))).ShouldNotBeNull();
        index.Entry("mimetype", Crc32.HashToUInt32(bytes), bytes.Length).ShouldBeNull();
    }

    [Fact]
    public void What_cannot_be_read_as_an_archive_gives_no_index()
    {
        var whole = File.ReadAllBytes(Archive("whole.zip", 20, Compressed));
        var cases = new Dictionary<string, byte[]>
        {
            ["text.zip"] = "not an archive at all"u8.ToArray(),
            ["empty.zip"] = [],
            // Cut inside the central directory: the end record is gone.
            ["cut.zip"] = whole[..(whole.Length - 100)],
            // The end record points past the end of the file.
            ["damaged.zip"] = [.. whole[..^6], 0xFF, 0xFF, 0xFF, 0x7F, 0, 0],
        };
        foreach (var (name, bytes) in cases)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, bytes);
            ZipIndex.Open(path).ShouldBeNull(name);
        }
        ZipIndex.Open(Path.Combine(_folder, "missing.zip")).ShouldBeNull();
    }
}
