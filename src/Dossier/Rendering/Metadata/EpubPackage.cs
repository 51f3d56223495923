using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Dossier.Model;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// The EPUB's files for reading systems rather than readers: META-INF/container.xml, which names the package
/// document, and the package document (EPUB/package.opf): the book's metadata, its files and their reading order.
/// </summary>
public static class EpubPackage
{
    public const string Mimetype = "application/epub+zip";
    public const string ContainerPath = "META-INF/container.xml";

    /// <summary>Where the book's own files are, under the package document.</summary>
    public const string Folder = "EPUB/";

    public const string PackagePath = Folder + "package.opf";
    public const string NavDocument = "nav.xhtml";

    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    // RFC 4122's namespace for URLs, under which a name-based identifier is made.
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static byte[] ContainerXml() => Xml.ToBytes(new XDocument(new XDeclaration("1.0", "utf-8", null),
        new XElement(Container + "container", new XAttribute("version", "1.0"),
            new XElement(Container + "rootfiles",
                new XElement(Container + "rootfile", new XAttribute("full-path", PackagePath), new XAttribute("media-type", "application/oebps-package+xml"))))));

    /// <param name="site">The dossier: title, subtitle and language.</param>
    /// <param name="modified">The dossier's date, from its content, never the clock.</param>
    /// <param name="chapters">The chapters' documents (relative to EPUB/) in reading order.</param>
    public static byte[] PackageDocument(SiteInfo site, DateOnly modified, IReadOnlyList<string> chapters)
    {
        static string Id(string document) => Path.GetFileNameWithoutExtension(document);
        static XElement Item(string document, string? properties = null) => new(Opf + "item",
            new XAttribute("id", Id(document)), new XAttribute("href", document), new XAttribute("media-type", "application/xhtml+xml"),
            properties is null ? null : new XAttribute("properties", properties));

        var package = new XElement(Opf + "package",
            new XAttribute("version", "3.0"), new XAttribute("unique-identifier", "book-id"), new XAttribute(XNamespace.Xml + "lang", site.Language),
            new XElement(Opf + "metadata", new XAttribute(XNamespace.Xmlns + "dc", Dc),
                new XElement(Dc + "identifier", new XAttribute("id", "book-id"), Identifier(site)),
                new XElement(Dc + "title", site.Title),
                new XElement(Dc + "language", site.Language),
                site.Subtitle is { } subtitle ? new XElement(Dc + "description", subtitle) : null,
                new XElement(Dc + "date", modified.ToString("yyyy-MM-dd")),
                new XElement(Opf + "meta", new XAttribute("property", "dcterms:modified"), modified.ToString("yyyy-MM-dd") + "T00:00:00Z")),
            new XElement(Opf + "manifest", chapters.Select(c => Item(c)).Prepend(Item(NavDocument, "nav"))),
            new XElement(Opf + "spine", chapters.Select(c => new XElement(Opf + "itemref", new XAttribute("idref", Id(c))))));
        return Xml.ToBytes(new XDocument(new XDeclaration("1.0", "utf-8", null), package));
    }

    /// <summary>
    /// A name-based UUID (RFC 4122, version 5) of the dossier's title: the same book keeps its identifier from build to
    /// build, so a reading system replaces an older copy rather than shelving a second one.
    /// </summary>
    [SuppressMessage("Security", "CA5350", Justification = "A version 5 UUID is SHA-1 by definition: the hash names the book, it protects nothing.")]
    public static string Identifier(SiteInfo site)
    {
        var name = Encoding.UTF8.GetBytes("dossier:" + site.Title);
        var hash = SHA1.HashData([.. UrlNamespace.ToByteArray(bigEndian: true), .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
