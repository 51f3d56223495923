using System.Buffers;
using System.Xml;

namespace Dossier.Text;

/// <summary>
/// The characters XML 1.0 cannot hold (C0 controls other than tab and line ends, U+FFFE, U+FFFF, a lone surrogate):
/// the feed and the EPUB are XML, so a title or a quotation holding one is refused where it is written.
/// </summary>
public static class XmlCharacters
{
    // Every character from the space to the last before the surrogates: one range, searched as such. (The generic
    // range search boxes its bounds until the JIT has optimised it, millions of times in a large build.)
    private static readonly SearchValues<char> Plain = SearchValues.Create(Enumerable.Range(' ', 0xD800 - ' ').Select(c => (char)c).ToArray());

    /// <summary>The index of the first character XML cannot hold, or -1.</summary>
    public static int FirstRefused(string text)
    {
        // Texts run to hundreds of megabytes in a large dossier, so they are searched in vector-wide steps for what
        // could be refused: a control, or anything from the surrogates up. (A set of exactly the refused characters
        // makes a probabilistic search, whose vector shuffle the ahead-of-time compiled tool runs as a plain loop:
        // 2% of a 20,000-article build, far more than stopping at every line end.)
        for (var i = 0; ;)
        {
            var at = text.AsSpan(i).IndexOfAnyExcept(Plain);
            if (at < 0) return -1;
            i += at;
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or (>= '\uE000' and <= '\uFFFD')) i++;
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) i += 2;
            else return i;
        }
    }
}
