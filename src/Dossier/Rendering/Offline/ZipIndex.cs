using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Dossier.Rendering.Offline;

/// <summary>
/// The entries of an archive already on disk (the last build's dossier.zip), read from its central directory: where
/// each file's compressed data lies, with its CRC-32 and sizes, so that a rebuild can copy the data of a file that
/// has not changed instead of compressing it again. Anything it cannot read as a plain ZIP (damaged, encrypted,
/// cut short, not a ZIP at all) gives no index, and the archive is then compressed whole as in a first build.
/// </summary>
public sealed class ZipIndex : IDisposable
{
    private const uint Overflow = uint.MaxValue;

    private readonly SafeFileHandle _file;
    private readonly long _length;
    private readonly Dictionary<string, Stored> _entries;

    private readonly record struct Stored(uint Crc, long Size, long Compressed, long HeaderOffset);

    private ZipIndex(SafeFileHandle file, long length, Dictionary<string, Stored> entries)
    {
        _file = file;
        _length = length;
        _entries = entries;
    }

    /// <summary>The archive's index, or null where there is no archive or it cannot be read as one.</summary>
    public static ZipIndex? Open(string path)
    {
        SafeFileHandle? file = null;
        try
        {
            if (!File.Exists(path)) return null;
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(file);
            if (Entries(file, length) is not { } entries) return Closed(file);
            var index = new ZipIndex(file, length, entries);
            file = null;
            return index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Closed(file);
        }
    }

    private static ZipIndex? Closed(SafeFileHandle? file)
    {
        file?.Dispose();
        return null;
    }

    /// <summary>
    /// The deflated data the archive holds for <paramref name="path"/>, as an entry to copy into a new archive, when
    /// it holds that file with this CRC-32 and size; otherwise null.
    /// </summary>
    public ZipWriter.Entry? Entry(string path, uint crc, long size)
    {
        if (!_entries.TryGetValue(path, out var stored) || stored.Crc != crc || stored.Size != size) return null;
        // The data starts after the local header, whose name and extra field may differ in length from the directory's.
        Span<byte> header = stackalloc byte[30];
        if (stored.HeaderOffset + header.Length > _length || RandomAccess.Read(_file, header, stored.HeaderOffset) != header.Length) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x04034b50) return null;
        var start = stored.HeaderOffset + header.Length + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        return start + stored.Compressed <= _length ? new ZipWriter.Entry(path, _file, start, stored.Compressed, crc, size) : null;
    }

    /// <summary>The file's data exactly as the archive stores it (compressed); null where <see cref="Entry"/> gives none.</summary>
    public byte[]? Data(string path, uint crc, long size)
    {
        if (Entry(path, crc, size) is not { } entry) return null;
        var data = new byte[entry.Compressed];
        return RandomAccess.Read(_file, data, entry.Offset) == data.Length ? data : null;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The central directory's entries by name; null where the file is not an archive this can read.</summary>
    private static Dictionary<string, Stored>? Entries(SafeFileHandle file, long length)
    {
        // The end record is the last 22 bytes but for a comment of up to 65,535 bytes after it.
        var tail = new byte[(int)Math.Min(length, 22 + ushort.MaxValue)];
        if (RandomAccess.Read(file, tail, length - tail.Length) != tail.Length) return null;
        var end = tail.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0 || end + 22 > tail.Length) return null;
        var record = tail.AsSpan(end);
        long count = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        if (count == ushort.MaxValue || size == Overflow || offset == Overflow)
        {
            // ZIP64: the locator just before the end record says where the larger record is.
            var locatorAt = length - tail.Length + end - 20;
            Span<byte> locator = stackalloc byte[20];
            if (locatorAt < 0 || RandomAccess.Read(file, locator, locatorAt) != 20 || BinaryPrimitives.ReadUInt32LittleEndian(locator) != 0x07064b50) return null;
            var zip64At = (long)BinaryPrimitives.ReadUInt64LittleEndian(locator[8..]);
            Span<byte> zip64 = stackalloc byte[56];
            if (zip64At < 0 || zip64At > length - 56 || RandomAccess.Read(file, zip64, zip64At) != 56 || BinaryPrimitives.ReadUInt32LittleEndian(zip64) != 0x06064b50) return null;
            count = (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64[32..]);
            size = (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64[40..]);
            offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64[48..]);
        }
        if (offset < 0 || size < 0 || size > int.MaxValue || offset > length - size || count > size / 46) return null;
        var directory = new byte[size];
        if (RandomAccess.Read(file, directory, offset) != directory.Length) return null;

        var entries = new Dictionary<string, Stored>((int)count, StringComparer.Ordinal);
        var at = 0;
        for (long i = 0; i < count; i++)
        {
            if (at > directory.Length - 46) return null;
            var header = directory.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x02014b50) return null;
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(header[16..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            long uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            long headerOffset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            if (at + 46L + nameLength + extraLength + commentLength > directory.Length) return null;
            var name = Encoding.UTF8.GetString(header.Slice(46, nameLength));
            if (!Zip64(header.Slice(46 + nameLength, extraLength), ref uncompressed, ref compressed, ref headerOffset)) return null;
            at += 46 + nameLength + extraLength + commentLength;
            // Only plain deflated data can be copied as it is: not encrypted (bit 0), and with its sizes in the headers
            // rather than after the data (bit 3).
            if (method != 8 || (flags & 0b1001) != 0) continue;
            if (headerOffset < 0 || compressed < 0 || headerOffset > length - compressed) return null;
            if (!entries.TryAdd(name, new Stored(crc, uncompressed, compressed, headerOffset))) return null;
        }
        return entries;
    }

    /// <summary>Reads the ZIP64 extra field's values for the sizes and offset the directory entry marks as too large.</summary>
    private static bool Zip64(ReadOnlySpan<byte> extra, ref long uncompressed, ref long compressed, ref long offset)
    {
        if (uncompressed != Overflow && compressed != Overflow && offset != Overflow) return true;
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (extra.Length < 4 + length) return false;
            if (id == 1)
            {
                var values = extra.Slice(4, length);
                if (!Next(ref values, ref uncompressed) || !Next(ref values, ref compressed) || !Next(ref values, ref offset)) return false;
                return true;
            }
            extra = extra[(4 + length)..];
        }
        return false;

        static bool Next(ref ReadOnlySpan<byte> values, ref long value)
        {
            if (value != Overflow) return true;
            if (values.Length < 8) return false;
            value = (long)BinaryPrimitives.ReadUInt64LittleEndian(values);
            values = values[8..];
            return true;
        }
    }
}
