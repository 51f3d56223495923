using System.Buffers;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Text;
using Microsoft.Win32.SafeHandles;

namespace Dossier.Loading;

/// <summary>
/// Reads one input file as text the way every stage expects it: UTF-8 without BOM, '\n' line ends,
/// within a size limit, and only from inside its folder (a symlink pointing out is refused).
/// </summary>
public static class InputFile
{
    public const int MaxYamlBytes = 1024 * 1024;
    public const int MaxSeedBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The C0 control characters other than tab and line ends.</summary>
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r').ToArray());

    /// <param name="fullPath">Where the file is on disk.</param>
    /// <param name="displayPath">The path diagnostics show, relative to the site root with '/'.</param>
    /// <param name="root">The folder the file must stay inside.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <param name="bag">Where a file that cannot be read is reported.</param>
    public static string? ReadText(string fullPath, string displayPath, string root, int maxBytes, DiagnosticBag bag)
    {
        var span = SourceSpan.File(displayPath);
        try
        {
            var file = new FileInfo(fullPath);
            if (!IsInside(file, root))
            {
                bag.Error(DiagnosticCodes.UnsafePath, span, $"'{displayPath}' is a link to a file outside '{Path.GetFileName(root)}/'.",
                    "Copy the file into the folder instead of linking to it.");
                return null;
            }
            var length = file.Length;
            if (length > maxBytes)
            {
                bag.Error(DiagnosticCodes.FileTooLarge, span,
                    $"'{displayPath}' is {length:N0} bytes; the limit is {maxBytes:N0}.", "Split it, or check that it is the file you meant.");
                return null;
            }
            using var handle = File.OpenHandle(fullPath);
            // The length again from the open file: it may have changed since it was looked at (an editor saving it).
            return WithBytes(handle, Math.Min(RandomAccess.GetLength(handle), maxBytes), bytes => Decode(bytes, displayPath, span, bag));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, span, $"'{displayPath}' cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>The text of a file's bytes, or null with the reason reported: they must be UTF-8 and hold only what a page can show.</summary>
    private static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, SourceSpan span, DiagnosticBag bag)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            bag.Error(DiagnosticCodes.NotText, span, $"'{displayPath}' is not a text file (it contains NUL bytes).");
            return null;
        }
        // Neither YAML nor XML (the feed, the book) allows another C0 control character: one pasted in by mistake
        // is pointed at here, rather than breaking the page or the feed it would reach.
        var control = bytes.IndexOfAny(Controls);
        if (control >= 0)
        {
            bag.Error(DiagnosticCodes.NotText, PositionOf(bytes, control, displayPath),
                $"'{displayPath}' contains the control character U+{bytes[control]:X4}.", "Delete it; only tabs and line ends may appear.");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            bag.Error(DiagnosticCodes.NotText, PositionOf(bytes, e.Index, displayPath),
                $"'{displayPath}' is not valid UTF-8.", "Save the file as UTF-8 in your editor.");
            return null;
        }
        // Strict UTF-8 gives no lone surrogate, but it does give U+FFFE and U+FFFF, which are no characters.
        if (XmlCharacters.FirstRefused(text) is var refused and >= 0)
        {
            bag.Error(DiagnosticCodes.NotText, PositionOf(bytes, StrictUtf8.GetByteCount(text.AsSpan(0, refused)), displayPath),
                $"'{displayPath}' contains U+{(int)text[refused]:X4}, which is not a character.", "Delete it; it is usually left by a copy and paste.");
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>
    /// What <paramref name="use"/> makes of a file's first <paramref name="length"/> bytes (fewer, if it has fewer),
    /// read into a pooled buffer rather than a new array: most files a build reads are read once and let go.
    /// </summary>
    public static T WithBytes<T>(SafeFileHandle file, long length, Func<ReadOnlySpan<byte>, T> use)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            for (int more; read < length && (more = RandomAccess.Read(file, buffer.AsSpan(read, (int)length - read), read)) > 0;) read += more;
            return use(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the file, after following any links, is inside root.</summary>
    public static bool IsInside(string fullPath, string root) => IsInside(new FileInfo(fullPath), root);

    // Resolving links costs system calls for every file: the file's own link is resolved only when it is one
    // (its attributes say so), and the root's only when the file is not plainly under the root's path.
    private static bool IsInside(FileInfo file, string root)
    {
        var target = (file.Attributes & FileAttributes.ReparsePoint) != 0 && file.ResolveLinkTarget(returnFinalTarget: true) is { } link
            ? link.FullName
            : file.FullName;
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (target.StartsWith(rootFull, StringComparison.Ordinal)) return true;
        var rootReal = new DirectoryInfo(rootFull).ResolveLinkTarget(true)?.FullName is { } r
            ? r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar
            : rootFull;
        return target.StartsWith(rootReal, StringComparison.Ordinal);
    }

    private static SourceSpan PositionOf(ReadOnlySpan<byte> bytes, int index, string displayPath)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(displayPath, line, index - lineStart + 1);
    }
}
