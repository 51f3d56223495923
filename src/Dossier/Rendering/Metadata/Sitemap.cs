using System.Globalization;
using System.Xml.Linq;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// The sitemap (sitemaps.org protocol): every page but 404, with absolute URLs, so only with a base URL. A sitemap
/// file may list at most 50,000 addresses: up to that, sitemap.xml lists them all; beyond it, sitemap.xml is a
/// sitemap index naming sitemap-1.xml, sitemap-2.xml, ..., each listing at most 50,000. Either way robots.txt and
/// search engines need only sitemap.xml.
/// </summary>
public static class Sitemap
{
    public const int MaxUrls = 50_000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<OutputFile> Build(string baseUrl, IEnumerable<string> pagePaths, int maxUrls = MaxUrls)
    {
        var urls = pagePaths
            .Where(p => p != Routes.NotFound)
            .Order(StringComparer.Ordinal)
            .Select(p => PageContext.Absolute(baseUrl, p))
            .ToArray();
        if (urls.Length <= maxUrls) return [UrlSet(Routes.Sitemap, urls)];

        var parts = urls.Chunk(maxUrls).Select((chunk, i) => UrlSet(Part(i + 1), chunk)).ToArray();
        var index = new XElement(Ns + "sitemapindex",
            parts.Select(p => new XElement(Ns + "sitemap", new XElement(Ns + "loc", PageContext.Absolute(baseUrl, p.Path)))));
        return [new OutputFile(Routes.Sitemap, Document(index)), .. parts];
    }

    /// <summary>The name of the n-th sitemap a sitemap index names: "sitemap-1.xml".</summary>
    public static string Part(int number) => $"sitemap-{number.ToString(CultureInfo.InvariantCulture)}.xml";

    private static OutputFile UrlSet(string path, IEnumerable<string> urls) =>
        new(path, Document(new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url", new XElement(Ns + "loc", u))))));

    private static byte[] Document(XElement root) => Xml.ToBytes(new XDocument(new XDeclaration("1.0", "utf-8", null), root));
}
