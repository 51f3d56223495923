using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Dossier.Rendering.Offline;

/// <summary>
/// A ZIP archive that is the same bytes whenever it holds the same files (the EPUB, the site's archive): entries in
/// the order they are added, each dated with the dossier's own date rather than the clock, no extra fields, no data
/// descriptors. Files are compressed apart from the writing (<see cref="Compress(string, Stream, CompressionLevel)"/>, from any thread), so a large
/// site's files are compressed on every core and written in order; .NET's ZipArchive compresses only as it writes,
/// which made the archive of a 20,000-article dossier cost a third of the build. Past 65,535 entries or 4 GB the
/// archive takes the ZIP64 records that every current unzip tool reads.
/// </summary>
public sealed class ZipWriter(Stream stream, DateOnly date) : IDisposable
{
    private const uint Overflow = uint.MaxValue;

    private readonly List<Written> _written = [];
    // A ZIP's dates start in 1980; a dossier of older articles gets that first day.
    private readonly ushort _date = date.Year < 1980 ? (ushort)0x21 : (ushort)(((date.Year - 1980) << 9) | (date.Month << 5) | date.Day);
    private readonly long _start = stream.Position;

    /// <summary>A file ready to go into an archive: its data as it will be stored, its CRC-32 and its size.</summary>
    public sealed record Entry(string Path, byte[] Data, uint Crc, long Size, bool Stored);

    private sealed record Written(string Path, uint Crc, long Size, long Compressed, bool Stored, long Offset);

    /// <summary>
    /// Compresses a file with Deflate; thread-safe. The site's archive takes zlib's fastest level: at any slower one
    /// a large dossier's archive is most of a build's work, for a file a quarter smaller.
    /// </summary>
    public static Entry Compress(string path, Stream source, CompressionLevel level = CompressionLevel.Fastest)
    {
        var (deflated, crc, size) = Gzip(source, level);
        return new Entry(path, deflated, crc, size, Stored: false);
    }

    public static Entry Compress(string path, ReadOnlySpan<byte> bytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var source = new MemoryStream(bytes.ToArray(), writable: false);
        return Compress(path, source, level);
    }

    /// <summary>A file kept as it is, uncompressed, where the format asks for that (the EPUB's mimetype).</summary>
    public static Entry Store(string path, ReadOnlySpan<byte> bytes)
    {
        using var source = new MemoryStream(bytes.ToArray(), writable: false);
        var (_, crc, size) = Gzip(source, CompressionLevel.NoCompression);
        return new Entry(path, bytes.ToArray(), crc, size, Stored: true);
    }

    /// <summary>
    /// GZip is Deflate between a 10-byte header and a trailer holding the CRC-32: it gives the CRC that ZIP needs in
    /// the same pass as the compression, with nothing but System.IO.Compression.
    /// </summary>
    private static (byte[] Deflated, uint Crc, long Size) Gzip(Stream source, CompressionLevel level)
    {
        using var gzip = new MemoryStream();
        using (var compressor = new GZipStream(gzip, level, leaveOpen: true)) source.CopyTo(compressor);
        var all = gzip.GetBuffer().AsSpan(0, (int)gzip.Length);
        return (all[10..^8].ToArray(), BinaryPrimitives.ReadUInt32LittleEndian(all[^8..]), source.Position);
    }

    public void Add(Entry entry)
    {
        var offset = stream.Position - _start;
        var name = Encoding.UTF8.GetBytes(entry.Path);
        // A byte array holds less than 4 GB, so only the file's own size can need ZIP64.
        var large = entry.Size >= Overflow;
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], large ? (ushort)45 : (ushort)20);
        Common(header[6..], entry.Stored, entry.Crc, entry.Path, name);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], large ? Overflow : (uint)entry.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], large ? Overflow : (uint)entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], large ? (ushort)20 : (ushort)0);
        stream.Write(header);
        stream.Write(name);
        if (large) stream.Write(Zip64Extra(entry.Size, entry.Data.Length, null));
        stream.Write(entry.Data);
        _written.Add(new Written(entry.Path, entry.Crc, entry.Size, entry.Data.Length, entry.Stored, offset));
    }

    /// <summary>Writes the central directory: the archive is whole only after this.</summary>
    public void Dispose()
    {
        var directoryStart = stream.Position - _start;
        Span<byte> header = stackalloc byte[46];
        foreach (var (path, crc, size, compressed, stored, offset) in _written)
        {
            var name = Encoding.UTF8.GetBytes(path);
            var largeSizes = size >= Overflow || compressed >= Overflow;
            var largeOffset = offset >= Overflow;
            var extra = largeSizes || largeOffset ? Zip64Extra(largeSizes ? size : null, largeSizes ? compressed : null, largeOffset ? offset : null) : [];
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            var version = extra.Length > 0 ? (ushort)45 : (ushort)20;
            // Made by MS-DOS, with no file attributes: unzip gives the files the reader's own default permissions.
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], version);
            Common(header[8..], stored, crc, path, name);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], largeSizes ? Overflow : (uint)compressed);
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], largeSizes ? Overflow : (uint)size);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[30..], (ushort)extra.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], largeOffset ? Overflow : (uint)offset);
            stream.Write(header);
            stream.Write(name);
            stream.Write(extra);
        }
        var directoryEnd = stream.Position - _start;
        var count = _written.Count;
        var directorySize = directoryEnd - directoryStart;
        if (count >= ushort.MaxValue || directoryStart >= Overflow || directorySize >= Overflow)
        {
            Span<byte> zip64 = stackalloc byte[56 + 20];
            BinaryPrimitives.WriteUInt32LittleEndian(zip64, 0x06064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64[4..], 44);
            BinaryPrimitives.WriteUInt16LittleEndian(zip64[12..], 45);
            BinaryPrimitives.WriteUInt16LittleEndian(zip64[14..], 45);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64[24..], (ulong)count);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64[32..], (ulong)count);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64[40..], (ulong)directorySize);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64[48..], (ulong)directoryStart);
            // The locator, which tells where the record above is.
            BinaryPrimitives.WriteUInt32LittleEndian(zip64[56..], 0x07064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64[64..], (ulong)directoryEnd);
            BinaryPrimitives.WriteUInt32LittleEndian(zip64[72..], 1);
            stream.Write(zip64);
        }
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)Math.Min(directorySize, Overflow));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)Math.Min(directoryStart, Overflow));
        stream.Write(end);
        stream.Flush();
    }

    /// <summary>Flags, method, time, date and CRC-32, as both headers have them.</summary>
    private void Common(Span<byte> header, bool stored, uint crc, string path, byte[] name)
    {
        // Bit 11: the name is UTF-8, said only where it is not plain ASCII.
        BinaryPrimitives.WriteUInt16LittleEndian(header, name.Length == path.Length ? (ushort)0 : (ushort)0x0800);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], stored ? (ushort)0 : (ushort)8);
        // The time of day stays 00:00 (zero); the date is the dossier's.
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], _date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], crc);
    }

    /// <summary>The ZIP64 extra field: the values too large for their 4-byte places, in the order the format gives.</summary>
    private static byte[] Zip64Extra(long? size, long? compressed, long? offset)
    {
        var values = new[] { size, compressed, offset }.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var extra = new byte[4 + 8 * values.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(extra, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(extra.AsSpan(2), (ushort)(8 * values.Length));
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt64LittleEndian(extra.AsSpan(4 + 8 * i), (ulong)values[i]);
        return extra;
    }
}
