namespace Dossier.Rendering.Views;

/// <summary>
/// download.html: the dossier in one file, to read offline. The site's copy gives both files' sizes; the copy inside
/// dossier.zip cannot give the archive's own size (the archive holds it), so it says it is the offline copy instead.
/// </summary>
/// <param name="Title">The dossier's title.</param>
/// <param name="Archive">The whole site as a ZIP; empty on the copy inside the archive.</param>
/// <param name="Epub">The briefing book as an EPUB.</param>
/// <param name="LeftOut">The site's files the archive leaves out, because they only make sense online.</param>
/// <param name="BookLimit">How much of each list the EPUB holds at most ("1,000 entries, about 200 KB").</param>
/// <param name="Online">The site's download page, where the dossier has a base URL: the offline copy points to it for the latest version.</param>
public sealed record DownloadView(string Title, DownloadFile? Archive, DownloadFile Epub, IReadOnlyList<LeftOutFile> LeftOut, string BookLimit, string? Online);

/// <summary>A file to download.</summary>
/// <param name="Link">The file; the text is its name.</param>
/// <param name="Size">Its size as readers read it: "1.2 MB".</param>
public sealed record DownloadFile(Link Link, string Size);

/// <summary>A file of the site that the archive leaves out.</summary>
/// <param name="File">Its name: "robots.txt".</param>
/// <param name="Why">Why it only makes sense online.</param>
public sealed record LeftOutFile(string File, string Why);
