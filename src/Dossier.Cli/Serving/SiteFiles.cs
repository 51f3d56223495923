using Dossier.Loading;

namespace Dossier.Cli.Serving;

/// <summary>
/// Maps a request path to a file of the served folder, and to nothing outside it: no '..', no links that lead
/// out, no listing of folders (a folder is served through its index.html only).
/// </summary>
public static class SiteFiles
{
    /// <summary>The file to send; or, for a folder asked without its trailing '/', where to redirect so relative links work.</summary>
    public sealed record Lookup(string? File, string? RedirectTo);

    private static readonly Lookup NotFound = new(null, null);

    public static Lookup Find(string root, string requestPath)
    {
        if (!Directory.Exists(root)) return NotFound;
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.IndexOfAny(['\\', '\0', ':']) >= 0)) return NotFound;

        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine([rootFull, .. segments]));
        if (full != rootFull && !full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return NotFound;
        if (Directory.Exists(full))
        {
            // Rebuilt from the checked segments, so it is always a path on this server (never "//host/").
            if (!requestPath.EndsWith('/')) return new Lookup(null, "/" + string.Join('/', segments) + "/");
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) && InputFile.IsInside(full, rootFull) ? new Lookup(full, null) : NotFound;
    }
}
