using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Rendering;
using Dossier.Tests.Snapshots;
using Dossier.Tests.Support;

namespace Dossier.Tests.Offline;

/// <summary>dossier.epub: the briefing book as an EPUB 3 that e-readers open and epubcheck passes.</summary>
public sealed partial class EpubTests
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    // An entity XML does not define: XHTML in an EPUB has no DTD, so &nbsp; and its kind make the document unreadable.
    [GeneratedRegex("&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[^;\\s]*;")]
    private static partial Regex NamedEntity();

    [EpubcheckFact]
    public void Epubcheck_finds_no_error_and_no_warning_in_the_test_dossier_s_book()
    {
        var (exitCode, output) = Epubcheck.Run(Path.Combine(BuiltSite.Mini.Output, Routes.Epub));
        exitCode.ShouldBe(0, output);
        output.ShouldContain("No errors or warnings detected", Case.Sensitive, output);
    }

    [EpubcheckFact]
    public void Epubcheck_finds_no_error_and_no_warning_in_the_real_dossier_s_book()
    {
        BuiltSite.Real.Result.Succeeded.ShouldBeTrue();
        var (exitCode, output) = Epubcheck.Run(Path.Combine(BuiltSite.Real.Output, Routes.Epub));
        exitCode.ShouldBe(0, output);
        output.ShouldContain("No errors or warnings detected", Case.Sensitive, output);
    }

    [Fact]
    public void The_mimetype_comes_first_uncompressed_and_without_an_extra_field()
    {
        var bytes = File.ReadAllBytes(Path.Combine(BuiltSite.Mini.Output, Routes.Epub));
        // The local file header: signature, then at 8 the method (0, stored), at 28 the extra field's length (0), at 30 the name.
        BitConverter.ToUInt32(bytes, 0).ShouldBe(0x04034b50u);
        BitConverter.ToUInt16(bytes, 8).ShouldBe((ushort)0);
        BitConverter.ToUInt16(bytes, 28).ShouldBe((ushort)0);
        Encoding.ASCII.GetString(bytes, 30, "mimetypeapplication/epub+zip".Length).ShouldBe("mimetypeapplication/epub+zip");
    }

    [Fact]
    public void The_package_names_the_title_the_language_an_identifier_and_the_navigation_document()
    {
        var epub = BuiltSite.Mini.Epub();
        epub.Keys.ShouldBe([
            "mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
            "EPUB/summary.xhtml", "EPUB/timeline.xhtml", "EPUB/claims.xhtml", "EPUB/actors.xhtml",
        ]);
        XDocument.Parse(epub["META-INF/container.xml"]).Descendants().Single(e => e.Name.LocalName == "rootfile")
            .Attribute("full-path")!.Value.ShouldBe("EPUB/package.opf");

        var package = XDocument.Parse(epub["EPUB/package.opf"]).Root!;
        var metadata = package.Element(Opf + "metadata")!;
        metadata.Element(Dc + "title")!.Value.ShouldBe("Portville harbour storm");
        metadata.Element(Dc + "language")!.Value.ShouldBe("en");
        metadata.Element(Dc + "identifier")!.Value.ShouldMatch("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        package.Element(Opf + "manifest")!.Elements().Single(i => (string?)i.Attribute("properties") == "nav").Attribute("href")!.Value.ShouldBe("nav.xhtml");
        package.Element(Opf + "spine")!.Elements().Select(i => i.Attribute("idref")!.Value).ShouldBe(["summary", "timeline", "claims", "actors"]);

        var nav = XDocument.Parse(epub["EPUB/nav.xhtml"]);
        nav.Descendants(Xhtml + "a").Select(a => a.Value).ShouldBe(["Summary", "Timeline", "Contested claims", "Actors and their quotes", "Summary"]);
    }

    [Fact]
    public void Every_document_is_well_formed_xhtml_in_the_reader_s_language_with_no_script_and_no_html_entity()
    {
        foreach (var (path, text) in BuiltSite.Mini.Epub().Where(f => f.Key.EndsWith(".xhtml", StringComparison.Ordinal)))
        {
            var document = XDocument.Parse(text);
            document.Root!.Name.ShouldBe(Xhtml + "html", path);
            document.Root.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("en", path);
            document.Descendants(Xhtml + "script").ShouldBeEmpty(path);
            NamedEntity().Matches(text).Select(m => m.Value).ShouldBeEmpty(path);
        }
    }

    [Fact]
    public void The_book_holds_the_summary_the_timeline_the_claims_with_their_answers_and_each_actor_with_quotes_and_reports()
    {
        var epub = BuiltSite.Mini.Epub();
        epub["EPUB/summary.xhtml"].ShouldContain("<h1>Portville harbour storm</h1>");
        epub["EPUB/timeline.xhtml"].ShouldContain("id=\"event-harbour-closed\"");
        epub["EPUB/claims.xhtml"].ShouldContain("id=\"claim-repair-time\"");
        var actors = epub["EPUB/actors.xhtml"];
        actors.ShouldContain("id=\"actor-ana-lima\"");
        actors.ShouldContain("Reported in:");
    }

    [Fact]
    public void Every_link_between_the_book_s_chapters_reaches_an_id_in_the_chapter_it_names()
    {
        foreach (var site in new[] { BuiltSite.Mini, BuiltSite.MiniPaged })
        {
            var epub = site.Epub();
            var ids = epub.Where(f => f.Key.EndsWith(".xhtml", StringComparison.Ordinal)).ToDictionary(
                f => f.Key["EPUB/".Length..],
                f => XDocument.Parse(f.Value).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet());
            var links = epub.Where(f => f.Key.EndsWith(".xhtml", StringComparison.Ordinal))
                .SelectMany(f => XDocument.Parse(f.Value).Descendants(Xhtml + "a").Select(a => (From: f.Key, Href: a.Attribute("href")!.Value)))
                .Where(l => !l.Href.Contains(':'))
                .ToArray();
            links.ShouldNotBeEmpty();
            foreach (var (from, href) in links)
            {
                var (document, fragment) = href.Split('#') is [var d, var f] ? (d, f) : (href, null);
                ids.ShouldContainKey(document, $"{from} links to {href}");
                if (fragment is not null) ids[document].ShouldContain(fragment, $"{from} links to {href}");
            }
        }
    }

    [Fact]
    public void A_dossier_larger_than_a_book_keeps_to_one_page_s_worth_a_chapter_and_says_what_it_leaves_out()
    {
        // Two entries a page, as BuiltSite.PagedLimits has it: the test dossier's three events do not all fit.
        var timeline = BuiltSite.MiniPaged.Epub()["EPUB/timeline.xhtml"];
        Regex.Count(timeline, "<section class=\"entry\"").ShouldBe(2);
        timeline.ShouldContain("This chapter holds the earliest 2 of 3 events; the rest are in the dossier&#39;s website (timeline)");
        var actors = BuiltSite.MiniPaged.Epub()["EPUB/actors.xhtml"];
        actors.ShouldContain("the 2 most quoted of 5 actors");
    }

    [Fact]
    public void Two_builds_of_the_same_dossier_write_the_same_epub_and_archive_byte_for_byte()
    {
        var again = BuiltSite.Build(Repo.Fixture("mini"));
        again.Result.Succeeded.ShouldBeTrue();
        foreach (var file in new[] { Routes.Epub, Routes.Archive })
            File.ReadAllBytes(Path.Combine(again.Output, file)).ShouldBe(File.ReadAllBytes(Path.Combine(BuiltSite.Mini.Output, file)), file);
    }
}
