using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Dossier.Rendering.Offline;

/// <summary>
/// A ZIP archive that is the same bytes whenever it holds the same files (the EPUB, the site's archive): entries in
/// the order they are added, each dated with the dossier's own date rather than the clock, no extra fields, no data
/// descriptors. Files are compressed apart from the writing (<see cref="Compress(string, ReadOnlySpan{byte}, CompressionLevel)"/>, from any thread), so a large
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

    /// <summary>
    /// A file ready to go into an archive: its data as it will be stored, its CRC-32 and its size. Once written, its
    /// buffer goes back to the pool it was taken from, so a large site's archive allocates next to nothing per file.
    /// </summary>
    public sealed class Entry : IDisposable
    {
        private byte[]? _rented;
        private FileStream? _spool;

        internal Entry(string path, byte[] buffer, int length, uint crc, long size, bool stored, bool rented)
        {
            Path = path;
            Data = buffer.AsMemory(0, length);
            Compressed = length;
            Crc = crc;
            Size = size;
            Stored = stored;
            _rented = rented ? buffer : null;
        }

        /// <summary>Data in a temporary file of its own, from its start; the entry deletes the file when disposed.</summary>
        internal Entry(string path, FileStream spool, uint crc, long size) : this(path, spool.SafeFileHandle, 0, spool.Length, crc, size)
        {
            _spool = spool;
        }

        /// <summary>Data already stored in another archive (<see cref="ZipIndex"/>), copied from there as it is written.</summary>
        internal Entry(string path, SafeFileHandle source, long offset, long compressed, uint crc, long size)
        {
            Path = path;
            Source = source;
            Offset = offset;
            Compressed = compressed;
            Crc = crc;
            Size = size;
        }

        public string Path { get; }
        /// <summary>The data as stored, in memory; or, for a large file or one copied from another archive, in <see cref="Source"/>.</summary>
        public ReadOnlyMemory<byte> Data { get; }
        /// <summary>A file holding the data as stored, from <see cref="Offset"/> on: a temporary one, or another archive.</summary>
        public SafeFileHandle? Source { get; }
        public long Offset { get; }
        public long Compressed { get; }
        public uint Crc { get; }
        public long Size { get; }
        public bool Stored { get; }

        public void Dispose()
        {
            if (_rented is { } buffer) ArrayPool<byte>.Shared.Return(buffer);
            _rented = null;
            _spool?.Dispose();
            _spool = null;
        }
    }

    private sealed record Written(string Path, uint Crc, long Size, long Compressed, bool Stored, long Offset);

    /// <summary>
    /// Compresses a file with Deflate; thread-safe. The site's archive takes zlib's fastest level: at any slower one
    /// a large dossier's archive is most of a build's work, for a file a quarter smaller.
    /// </summary>
    public static Entry Compress(string path, ReadOnlySpan<byte> bytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        // Deflate at its worst (zlib's fastest level writes each byte of a text it cannot shorten in up to 9 bits)
        // makes a file an eighth larger, plus a few bytes per block.
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + (bytes.Length >> 3) + (bytes.Length >> 12) + 256);
        var deflated = new MemoryStream(buffer, 0, buffer.Length, writable: true, publiclyVisible: true);
        using (var deflate = new DeflateStream(deflated, level, leaveOpen: true)) deflate.Write(bytes);
        return new Entry(path, buffer, (int)deflated.Position, Crc32.HashToUInt32(bytes), bytes.Length, stored: false, rented: true);
    }

    /// <summary>
    /// Compresses a file too large to hold in memory (dossier.json of a large dossier) into a temporary file as it
    /// is read; thread-safe.
    /// </summary>
    public static Entry Compress(string path, Stream source, CompressionLevel level = CompressionLevel.Fastest)
    {
        var spool = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var crc = new Crc32();
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            using (var deflate = new DeflateStream(spool, level, leaveOpen: true))
            {
                for (int read; (read = source.Read(chunk)) > 0;)
                {
                    crc.Append(chunk.AsSpan(0, read));
                    deflate.Write(chunk, 0, read);
                }
            }
            // The entry reads the file through its handle: nothing may wait in the stream's buffer.
            spool.Flush();
            return new Entry(path, spool, crc.GetCurrentHashAsUInt32(), source.Length);
        }
        catch
        {
            spool.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>A file kept as it is, uncompressed, where the format asks for that (the EPUB's mimetype).</summary>
    public static Entry Store(string path, ReadOnlySpan<byte> bytes) =>
        new(path, bytes.ToArray(), bytes.Length, Crc32.HashToUInt32(bytes), bytes.Length, stored: true, rented: false);

    /// <summary>Writes the entry, and gives its buffer back: the entry is not used again.</summary>
    public void Add(Entry entry)
    {
        var offset = stream.Position - _start;
        var name = Encoding.UTF8.GetBytes(entry.Path);
        var large = entry.Size >= Overflow || entry.Compressed >= Overflow;
        LocalHeader(entry.Path, name, entry.Stored, entry.Crc, entry.Compressed, entry.Size, large);
        if (entry.Source is { } source) Copy(source, entry.Offset, entry.Compressed);
        else stream.Write(entry.Data.Span);
        _written.Add(new Written(entry.Path, entry.Crc, entry.Size, entry.Compressed, entry.Stored, offset));
        entry.Dispose();
    }

    private void Copy(SafeFileHandle source, long offset, long length)
    {
        var chunk = ArrayPool<byte>.Shared.Rent((int)Math.Min(length, 1 << 20));
        try
        {
            for (long done = 0; done < length;)
            {
                var read = RandomAccess.Read(source, chunk.AsSpan(0, (int)Math.Min(chunk.Length, length - done)), offset + done);
                if (read == 0) throw new EndOfStreamException("The archive being copied from ended before the entry's data.");
                stream.Write(chunk, 0, read);
                done += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void LocalHeader(string path, byte[] name, bool stored, uint crc, long compressed, long size, bool large)
    {
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], large ? (ushort)45 : (ushort)20);
        Common(header[6..], stored, crc, path, name);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], large ? Overflow : (uint)compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], large ? Overflow : (uint)size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], large ? (ushort)20 : (ushort)0);
        stream.Write(header);
        stream.Write(name);
        if (large) stream.Write(Zip64Extra(size, compressed, null));
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
