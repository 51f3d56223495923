using System.Buffers;
using System.Xml;

namespace Dossier.Text;

/// <summary>
/// The characters XML 1.0 cannot hold (C0 controls other than tab and line ends, U+FFFE, U+FFFF, a lone surrogate):
/// the feed and the EPUB are XML, so a title or a quotation holding one is refused where it is written.
/// </summary>
public static class XmlCharacters
{
    // What could be refused: the refused characters, and every surrogate (a pair is fine, a lone one is not). Texts
    // run to hundreds of megabytes in a large dossier, so they are searched for these in vector-wide steps.
    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsSurrogate(c) || !XmlConvert.IsXmlChar(c)).ToArray());

    /// <summary>The index of the first character XML cannot hold, or -1.</summary>
    public static int FirstRefused(string text)
    {
        for (var i = 0; ;)
        {
            var at = text.AsSpan(i).IndexOfAny(Suspect);
            if (at < 0) return -1;
            i += at;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i += 2;
                continue;
            }
            return i;
        }
    }
}
