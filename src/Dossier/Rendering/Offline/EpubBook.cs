using System.IO.Compression;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Rendering.Metadata;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Offline;

/// <summary>
/// dossier.epub: the briefing book as an EPUB 3 for e-readers and phones. Its chapters and its table of contents are
/// drawn by templates/epub/*.sbn-xhtml; the files reading systems read (container, package document) come from
/// <see cref="EpubPackage"/>. Built from the dossier alone, before the pages, so every page can give its size.
/// </summary>
public static class EpubBook
{
    public const string ChapterTemplate = "epub/chapter";
    public const string NavTemplate = "epub/nav";

    /// <summary>The book, or null after reporting a mistake in its templates.</summary>
    public static OutputFile? Build(ResolvedDossier dossier, ITemplateEngine templates, DiagnosticBag bag, PageLimits limits)
    {
        var chapters = EpubChapters.Build(dossier, limits);
        var site = dossier.Site;
        var contents = chapters.Select(c => new BookRef(c.Title, EpubChapters.Document(c.Chapter))).ToArray();
        var documents = new List<(string Path, byte[] Bytes)>();
        try
        {
            documents.Add((EpubPackage.NavDocument, Render(templates, NavTemplate, new EpubNavView(site.Language, site.Title, contents, contents[0]))));
            foreach (var chapter in chapters) documents.Add((EpubChapters.Document(chapter.Chapter), Render(templates, ChapterTemplate, chapter)));
        }
        catch (TemplateException e)
        {
            bag.Error(e.Code, e.Span, $"{e.Message.TrimEnd('.')} (rendering '{Routes.Epub}').", e.Hint);
            return null;
        }

        var modified = AtomFeed.Newest(dossier.All<Article>());
        using var stream = new MemoryStream();
        using (var zip = new ZipWriter(stream, modified))
        {
            // The format asks for the mimetype first and uncompressed, so a program can tell an EPUB by its first bytes.
            zip.Add(ZipWriter.Store("mimetype", Encoding.ASCII.GetBytes(EpubPackage.Mimetype)));
            // The book is small and goes to phones: it is worth zlib's usual level, which the site's archive is not.
            zip.Add(ZipWriter.Compress(EpubPackage.ContainerPath, EpubPackage.ContainerXml(), CompressionLevel.Optimal));
            zip.Add(ZipWriter.Compress(EpubPackage.PackagePath, EpubPackage.PackageDocument(site, modified, contents.Select(c => c.Href!).ToArray()), CompressionLevel.Optimal));
            foreach (var (path, bytes) in documents) zip.Add(ZipWriter.Compress(EpubPackage.Folder + path, bytes, CompressionLevel.Optimal));
        }
        return new OutputFile(Routes.Epub, stream.ToArray());
    }

    private static byte[] Render(ITemplateEngine templates, string template, object view)
    {
        using var writer = new StringWriter();
        // The book's templates link only within the book; the site's links are there because every template has them.
        templates.Render(template, view, SiteLinks.From("", hasFeed: false, epubSize: ""), writer);
        return new UTF8Encoding(false).GetBytes(writer.ToString());
    }
}
