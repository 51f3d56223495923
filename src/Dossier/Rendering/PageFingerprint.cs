using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Templates;

namespace Dossier.Rendering;

/// <summary>
/// A digest of everything a page is drawn from: its path, title, breadcrumbs, links to its neighbours and its view,
/// every value templates can read of it. Drawn by the same templates for the same site, two pages with the same
/// fingerprint are the same bytes, so `serve` draws again only the pages of a recipe whose fingerprint changed
/// (one entry changed on a list of a thousand: the page that holds it).
/// </summary>
internal static class PageFingerprint
{
    // Each type of view is told apart by a number of its own, so that two views with the same values but of different types differ.
    private static readonly ConcurrentDictionary<Type, int> TypeNumbers = new();
    private static int _types;

    // A long list's own digest, made once: views are never changed once made, and `serve` keeps a book chapter's
    // lists from one build to the next (ReadLog.Remembered), so its pages are not walked again to see they are the same.
    private static readonly ConditionalWeakTable<Array, StrongBox<UInt128>> Lists = new();

    private const int LongList = 8;

    public static UInt128 Of(Page page) => Digest(page);

    private static UInt128 Digest(object value)
    {
        var bytes = new ArrayBufferWriter<byte>(4096);
        Add(value, bytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.WrittenSpan, digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private static void Add(object? value, ArrayBufferWriter<byte> bytes)
    {
        switch (value)
        {
            case null:
                Number(0, bytes);
                break;
            case string text:
                Number(1, bytes);
                Number(text.Length, bytes);
                bytes.Write(MemoryMarshal.AsBytes(text.AsSpan()));
                break;
            case Enum or decimal or DateOnly:
            case not null when value.GetType().IsPrimitive:
                Number(2, bytes);
                Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), bytes);
                break;
            case Array { Length: >= LongList } list:
                Number(6, bytes);
                BinaryPrimitives.WriteUInt128LittleEndian(bytes.GetSpan(16), Lists.GetValue(list, l => new StrongBox<UInt128>(Digest(new ListOf(l)))).Value);
                bytes.Advance(16);
                break;
            case ListOf whole:
                Number(3, bytes);
                foreach (var item in whole.Items) Add(item, bytes);
                Number(4, bytes);
                break;
            case IEnumerable items:
                Number(3, bytes);
                foreach (var item in items) Add(item, bytes);
                Number(4, bytes);
                break;
            default:
                var type = value.GetType();
                Number(7 + TypeNumbers.GetOrAdd(type, _ => Interlocked.Increment(ref _types)), bytes);
                foreach (var get in ViewAccessor.For(type).Getters) Add(get(value), bytes);
                break;
        }
    }

    private static void Number(int number, ArrayBufferWriter<byte> bytes)
    {
        BinaryPrimitives.WriteInt32LittleEndian(bytes.GetSpan(4), number);
        bytes.Advance(4);
    }

    /// <summary>A long list walked item by item for its own digest.</summary>
    private sealed record ListOf(Array Items);
}
