namespace Dossier.Rendering.Offline;

/// <summary>
/// What dossier.zip holds: the site as it is on disk, less the files that only make sense on a web server, and with
/// its own copy of the download page (the site's gives the archive's size, which no file inside it can know).
/// The feed stays: every page's head names it, and it is how a reader of the offline copy subscribes to the dossier
/// online. The EPUB stays too, so the copy's links to it work.
/// </summary>
public static class OfflineCopy
{
    /// <summary>The files left out, each with why, as the download page and docs/offline.md say it.</summary>
    public static readonly IReadOnlyList<(string File, string Why)> LeftOut =
    [
        (Routes.Archive, "the archive itself"),
        (Routes.NotFound, "the page a web server shows for an address it does not have"),
        (Routes.Robots, "for search engines"),
        (Routes.Sitemap, "for search engines (and sitemap-1.xml, ... in a large dossier)"),
        (Routes.NoJekyll, "tells GitHub Pages to publish the files as they are"),
        ("CNAME", "names a custom domain to GitHub Pages"),
    ];

    private static readonly HashSet<string> Online = LeftOut.Select(f => f.File).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a file of the site goes into the archive.</summary>
    public static bool Keeps(string path) => !Online.Contains(path) && !IsSitemapPart(path);

    private static bool IsSitemapPart(string path) =>
        path.StartsWith("sitemap-", StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal) && !path.Contains('/');
}
