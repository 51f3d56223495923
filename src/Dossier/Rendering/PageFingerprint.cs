using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
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

    public static UInt128 Of(Page page)
    {
        var bytes = new ArrayBufferWriter<byte>(4096);
        Add(page, bytes);
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
            case IEnumerable items:
                Number(3, bytes);
                foreach (var item in items) Add(item, bytes);
                Number(4, bytes);
                break;
            default:
                var type = value.GetType();
                Number(5 + TypeNumbers.GetOrAdd(type, _ => TypeNumbers.Count), bytes);
                foreach (var part in ViewAccessor.For(type).Values(value)) Add(part, bytes);
                break;
        }
    }

    private static void Number(int number, ArrayBufferWriter<byte> bytes)
    {
        BinaryPrimitives.WriteInt32LittleEndian(bytes.GetSpan(4), number);
        bytes.Advance(4);
    }
}
