using System.Text;
using System.Xml.Linq;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Metadata;

/// <summary>sitemap.xml (sitemaps.org protocol): every page but 404, with absolute URLs, so only with a base URL.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Build(string baseUrl, IEnumerable<string> pagePaths)
    {
        var urls = pagePaths
            .Where(p => p != Routes.NotFound)
            .Order(StringComparer.Ordinal)
            .Select(p => new XElement(Ns + "url", new XElement(Ns + "loc", PageContext.Absolute(baseUrl, p))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        return new OutputFile(Routes.Sitemap, Xml.ToBytes(document));
    }
}
