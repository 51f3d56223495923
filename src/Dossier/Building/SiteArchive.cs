using System.Collections.Concurrent;
using Dossier.Rendering;
using Dossier.Rendering.Offline;

namespace Dossier.Building;

/// <summary>
/// dossier.zip: the site in one file that opens from disk exactly as output/ does, read back from the files just
/// written (so it never sits in memory whole) in ordinal order, less what only makes sense online
/// (<see cref="OfflineCopy"/>), with the archive's own copy of the download page.
/// </summary>
public static class SiteArchive
{
    /// <summary>Adds the archive to the site; returns its size in bytes.</summary>
    /// <param name="output">The site written so far: everything but the archive and the download page.</param>
    /// <param name="downloadPage">The archive's copy of download.html.</param>
    /// <param name="date">The date every entry carries: the dossier's, never the clock's.</param>
    public static long Write(OutputWriter output, OutputFile downloadPage, DateOnly date)
    {
        var files = output.Paths().Append(downloadPage.Path).Distinct().Where(OfflineCopy.Keeps).Order(StringComparer.Ordinal).ToArray();
        long size = 0;
        output.Add(Routes.Archive, stream =>
        {
            using (var zip = new ZipWriter(stream, date))
            {
                // Files are compressed on every core and written in order. Load-balanced chunks keep the cores on
                // neighbouring files, so few wait in memory for the one before them to be written.
                var entries = Partitioner.Create(files, loadBalance: true).AsParallel().AsOrdered().Select(path =>
                {
                    if (path == downloadPage.Path) return ZipWriter.Compress(path, downloadPage.Bytes.Span);
                    using var file = output.Open(path);
                    return ZipWriter.Compress(path, file);
                });
                foreach (var entry in entries) zip.Add(entry);
            }
            size = stream.Length;
        });
        return size;
    }
}
