using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dossier.Rendering;

/// <summary>
/// One rendering thread's reusable buffers. The body is rendered into a reused builder, the layout around a
/// placeholder, and both are encoded into one reused UTF-8 buffer: no page is ever copied whole into a string or
/// an array of its own, which at thousands of pages was most of the memory a build allocated.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The writers write into this buffer's own builders: a StringWriter's Dispose releases nothing.")]
public sealed class PageBuffer
{
    /// <summary>What the layout receives as its body; private-use characters, so no escaping changes it.</summary>
    public const string BodyPlaceholder = "\uE000body\uE000";

    private readonly StringBuilder _body = new(1 << 15);
    private readonly StringBuilder _layout = new(1 << 13);
    private readonly StringWriter _bodyWriter;
    private readonly StringWriter _layoutWriter;
    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 16);
    private char[] _layoutText = new char[1 << 13];
    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    public PageBuffer()
    {
        _bodyWriter = new StringWriter(_body);
        _layoutWriter = new StringWriter(_layout);
    }

    /// <summary>An empty writer for the page's own template.</summary>
    public TextWriter StartBody()
    {
        _body.Clear();
        return _bodyWriter;
    }

    /// <summary>An empty writer for the layout, rendered with <see cref="BodyPlaceholder"/> as its body.</summary>
    public TextWriter StartLayout()
    {
        _layout.Clear();
        return _layoutWriter;
    }

    /// <summary>The page as UTF-8, the body in place of each placeholder; valid until this buffer starts the next page.</summary>
    public ReadOnlyMemory<byte> Encode()
    {
        _bytes.ResetWrittenCount();
        _utf8.Reset();
        // The layout's text is searched for the placeholder in one piece, copied into a reused array.
        if (_layoutText.Length < _layout.Length) _layoutText = new char[Math.Max(_layout.Length, _layoutText.Length * 2)];
        _layout.CopyTo(0, _layoutText, _layout.Length);
        ReadOnlySpan<char> rest = _layoutText.AsSpan(0, _layout.Length);
        int at;
        while ((at = rest.IndexOf(BodyPlaceholder, StringComparison.Ordinal)) >= 0)
        {
            Append(rest[..at]);
            foreach (var chunk in _body.GetChunks()) Append(chunk.Span);
            rest = rest[(at + BodyPlaceholder.Length)..];
        }
        Append(rest, flush: true);
        return _bytes.WrittenMemory;
    }

    private void Append(ReadOnlySpan<char> text, bool flush = false)
    {
        var destination = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _utf8.Convert(text, destination, flush, out _, out var written, out _);
        _bytes.Advance(written);
    }
}
