using System.Text;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// robots.txt: everything may be crawled; with a base URL it names sitemap.xml, which lists every page or, in a
/// dossier of more than 50,000 pages, is the sitemap index naming the sitemaps that do (<see cref="Sitemap"/>).
/// </summary>
public static class Robots
{
    public static OutputFile Build(string? baseUrl)
    {
        var text = "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"Sitemap: {PageContext.Absolute(baseUrl, Routes.Sitemap)}\n");
        return new OutputFile(Routes.Robots, Encoding.UTF8.GetBytes(text));
    }
}
