using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Dossier.Rendering.Metadata;

internal static class Xml
{
    /// <summary>UTF-8 without BOM, '\n' line ends, indented: the same bytes on every machine.</summary>
    public static byte[] ToBytes(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
