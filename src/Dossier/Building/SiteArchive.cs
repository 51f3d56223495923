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
                foreach (var path in files)
                {
                    if (path == downloadPage.Path)
                    {
                        zip.Add(path, downloadPage.Bytes.Span);
                        continue;
                    }
                    using var file = output.Open(path);
                    zip.Add(path, file);
                }
            }
            size = stream.Length;
        });
        return size;
    }
}
