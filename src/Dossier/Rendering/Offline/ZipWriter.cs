using System.IO.Compression;

namespace Dossier.Rendering.Offline;

/// <summary>
/// A ZIP archive that is the same bytes whenever it holds the same files (the EPUB, the site's archive): entries in
/// the order they are added, each dated with the dossier's own date rather than the clock. .NET writes no extra
/// fields and, to a stream it can seek, no data descriptors, so nothing else in an entry varies.
/// </summary>
public sealed class ZipWriter(Stream stream, DateOnly date) : IDisposable
{
    private readonly ZipArchive _archive = new(stream, ZipArchiveMode.Create, leaveOpen: true);
    private readonly DateTimeOffset _date = new(date, TimeOnly.MinValue, TimeSpan.Zero);

    /// <param name="path">The entry's path in the archive, with '/'.</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="stored">Whether the file is kept as it is, uncompressed (the EPUB's mimetype must be).</param>
    public void Add(string path, ReadOnlySpan<byte> bytes, bool stored = false)
    {
        using var entry = Open(path, stored);
        entry.Write(bytes);
    }

    public void Add(string path, Stream source)
    {
        using var entry = Open(path, stored: false);
        source.CopyTo(entry);
    }

    /// <summary>Writes the central directory: the archive is whole only after this.</summary>
    public void Dispose() => _archive.Dispose();

    private Stream Open(string path, bool stored)
    {
        var entry = _archive.CreateEntry(path, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
        entry.LastWriteTime = _date;
        return entry.Open();
    }
}
