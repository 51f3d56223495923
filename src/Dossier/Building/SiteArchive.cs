using System.Collections.Concurrent;
using System.IO.Hashing;
using Dossier.Loading;
using Dossier.Rendering;
using Dossier.Rendering.Offline;
using Microsoft.Win32.SafeHandles;

namespace Dossier.Building;

/// <summary>
/// dossier.zip: the site in one file that opens from disk exactly as output/ does, read back from the files just
/// written (so it never sits in memory whole) in ordinal order, less what only makes sense online
/// (<see cref="OfflineCopy"/>), with the archive's own copy of the download page. A rebuild copies from the last
/// archive the compressed data of every file whose bytes did not change, rather than compressing it again: the
/// archive is the same bytes either way, and most of its cost goes.
/// </summary>
public static class SiteArchive
{
    // A file larger than this (dossier.json of a large dossier) is compressed into a temporary file rather than in
    // memory, and from the start, so that no core waits for it when its turn comes.
    private const int LargeFile = 8 << 20;

    /// <summary>Adds the archive to the site; returns its size in bytes.</summary>
    /// <param name="output">The site written so far: everything but the archive and the download page.</param>
    /// <param name="downloadPage">The archive's copy of download.html.</param>
    /// <param name="date">The date every entry carries: the dossier's, never the clock's.</param>
    public static long Write(OutputWriter output, OutputFile downloadPage, DateOnly date)
    {
        var files = output.Paths().Append(downloadPage.Path).Distinct().Where(OfflineCopy.Keeps).Order(StringComparer.Ordinal).ToArray();
        using var previous = output.Previous(Routes.Archive) is { } last ? ZipIndex.Open(last) : null;
        var copyFrom = previous is not null && SameCompressor(previous, output, files.Where(path => path != downloadPage.Path)) ? previous : null;
        ZipWriter.Entry? Reused(string path) =>
            copyFrom is not null && output.Unchanged(path) is { } crc && output.Length(path) is { } length ? copyFrom.Entry(path, crc, length) : null;

        long size = 0;
        output.Add(Routes.Archive, stream =>
        {
            using (var zip = new ZipWriter(stream, date))
            {
                var large = files.Where(path => output.Length(path) > LargeFile && !(copyFrom is not null && output.Unchanged(path) is not null))
                    .ToDictionary(path => path, path => Task.Run(() => Compress(output, path, copyFrom: null)), StringComparer.Ordinal);
                // Files are compressed on every core and written in order. Load-balanced chunks keep the cores on
                // neighbouring files, so few wait in memory for the one before them to be written.
                var entries = Partitioner.Create(files, loadBalance: true).AsParallel().AsOrdered().Select(path =>
                    path == downloadPage.Path ? ZipWriter.Compress(path, downloadPage.Bytes.Span)
                    : large.TryGetValue(path, out var compressing) ? compressing.GetAwaiter().GetResult()
                    : Reused(path) ?? Compress(output, path, copyFrom));
                foreach (var entry in entries) zip.Add(entry);
            }
            size = stream.Length;
        });
        return size;
    }

    /// <summary>
    /// Whether this build's compressor stores files as the last archive's did, tried on a few unchanged files: a newer
    /// zlib in a newer .NET may compress differently, and a rebuild must write the archive a first build would.
    /// </summary>
    private static bool SameCompressor(ZipIndex previous, OutputWriter output, IEnumerable<string> files)
    {
        var tried = 0;
        foreach (var path in files)
        {
            if (Known(output, path) is not var (crc, length) || length is < 4096 or > LargeFile) continue;
            if (previous.Data(path, crc, length) is not { } stored) continue;
            using var again = Compress(output, path, copyFrom: null);
            if (!again.Data.Span.SequenceEqual(stored)) return false;
            if (++tried == 3) break;
        }
        return tried > 0;
    }

    /// <summary>
    /// The CRC-32 and length of a file whose bytes are known to be as the last build left them: one this build made
    /// again the same, or one it kept (`serve` keeps the pages a change cannot alter), read to tell.
    /// </summary>
    private static (uint Crc, long Length)? Known(OutputWriter output, string path)
    {
        if (output.Length(path) is { } length) return output.Unchanged(path) is { } crc ? (crc, length) : null;
        using var file = output.OpenRead(path);
        var kept = RandomAccess.GetLength(file);
        return kept > LargeFile ? null : (WithBytes(file, path, kept, Crc32.HashToUInt32), kept);
    }

    /// <summary>The file compressed; or, for a file this build kept as the last one left it, the last archive's copy when that holds these bytes.</summary>
    private static ZipWriter.Entry Compress(OutputWriter output, string path, ZipIndex? copyFrom)
    {
        using var file = output.OpenRead(path);
        // A file kept from the last build (`serve`) has no length in this build's list.
        var kept = output.Length(path) is null;
        var length = output.Length(path) ?? RandomAccess.GetLength(file);
        if (length > LargeFile)
        {
            using var stream = new FileStream(file, FileAccess.Read, bufferSize: 0);
            return ZipWriter.Compress(path, stream);
        }
        return WithBytes(file, path, length, bytes =>
            kept && copyFrom?.Entry(path, Crc32.HashToUInt32(bytes), length) is { } copied ? copied : ZipWriter.Compress(path, bytes));
    }

    /// <summary>What <paramref name="use"/> makes of the whole file (<see cref="InputFile.WithBytes"/>).</summary>
    private static T WithBytes<T>(SafeFileHandle file, string path, long length, Func<ReadOnlySpan<byte>, T> use) =>
        InputFile.WithBytes(file, length, bytes => bytes.Length == length ? use(bytes) : throw new IOException($"'{path}' changed while the archive was being written."));
}
