using System.Text;
using System.Xml.Linq;
using Dossier.Rendering.Metadata;

namespace Dossier.Tests.Units;

/// <summary>A sitemap file may name at most 50,000 addresses: past that, sitemap.xml becomes an index of sitemaps that do.</summary>
public sealed class SitemapTests
{
    private const string Base = "https://example.org/site/";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static XElement Root(Dossier.Rendering.OutputFile file) => XDocument.Parse(Encoding.UTF8.GetString(file.Bytes.Span)).Root!;

    private static IEnumerable<string> Locations(XElement root) => root.Descendants(Ns + "loc").Select(l => l.Value);

    [Fact]
    public void Up_to_the_limit_sitemap_xml_lists_every_page_but_404_in_order()
    {
        var files = Sitemap.Build(Base, ["b.html", "404.html", "a.html", "actors/x.html"], maxUrls: 3);

        var file = files.ShouldHaveSingleItem();
        file.Path.ShouldBe("sitemap.xml");
        Root(file).Name.ShouldBe(Ns + "urlset");
        Locations(Root(file)).ShouldBe([Base + "a.html", Base + "actors/x.html", Base + "b.html"]);
    }

    [Fact]
    public void Past_the_limit_sitemap_xml_is_an_index_of_sitemaps_that_together_list_every_page_once()
    {
        var pages = Enumerable.Range(1, 7).Select(i => $"quotes/q{i}.html").Append("404.html").ToArray();

        var files = Sitemap.Build(Base, pages, maxUrls: 3);

        files.Select(f => f.Path).ShouldBe(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
        var index = Root(files[0]);
        index.Name.ShouldBe(Ns + "sitemapindex");
        Locations(index).ShouldBe([Base + "sitemap-1.xml", Base + "sitemap-2.xml", Base + "sitemap-3.xml"]);
        files.Skip(1).ShouldAllBe(f => Root(f).Name == Ns + "urlset" && Locations(Root(f)).Count() <= 3);
        files.Skip(1).SelectMany(f => Locations(Root(f))).ShouldBe(pages.Where(p => p != "404.html").Order(StringComparer.Ordinal).Select(p => Base + p));
    }

    [Fact]
    public void The_limit_is_the_one_sitemaps_org_sets()
    {
        Sitemap.MaxUrls.ShouldBe(50_000);
    }
}
