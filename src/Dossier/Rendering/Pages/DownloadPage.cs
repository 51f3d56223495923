using System.Globalization;
using Dossier.Rendering.Offline;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

/// <summary>
/// download.html, in two copies: the site's, made after the archive so that it can give the archive's size, and the
/// archive's own, made before it (without the archive's size), which says it is the offline copy.
/// </summary>
public static class DownloadPage
{
    public static Page Build(ResolvedDossier dossier, PageLimits limits, long epubBytes, long? archiveBytes)
    {
        var page = PageContext.AtTop(dossier);
        var site = dossier.Site;
        var view = new DownloadView(
            Title: site.Title,
            Archive: archiveBytes is { } bytes ? new DownloadFile(new Link(Routes.Archive, page.Href(Routes.Archive)), Plain.Size(bytes)) : null,
            Epub: new DownloadFile(new Link(Routes.Epub, page.Href(Routes.Epub)), Plain.Size(epubBytes)),
            LeftOut: OfflineCopy.LeftOut.Select(f => new LeftOutFile(f.File, f.Why)).ToArray(),
            BookLimit: string.Create(CultureInfo.InvariantCulture, $"{limits.Items:N0} entries or about {Plain.Size(limits.Bytes)} of text"),
            Online: site.BaseUrl is { } baseUrl ? PageContext.Absolute(baseUrl, Routes.Download) : null);
        return new Page(Routes.Download, "download", "Download the dossier", [page.Home()], view,
            Description: "The whole dossier in one file to read offline: the site as a ZIP, the briefing book as an EPUB.");
    }
}
