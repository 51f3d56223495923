using System.Xml;

namespace Dossier.Text;

/// <summary>
/// The characters XML 1.0 cannot hold (C0 controls other than tab and line ends, U+FFFE, U+FFFF, a lone surrogate):
/// the feed and the EPUB are XML, so a title or a quotation holding one is refused where it is written.
/// </summary>
public static class XmlCharacters
{
    /// <summary>The index of the first character XML cannot hold, or -1.</summary>
    public static int FirstRefused(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
