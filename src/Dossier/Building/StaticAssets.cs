using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering;

namespace Dossier.Building;

/// <summary>
/// Files under templates/assets/ (CSS, scripts, images) go to output/assets/ unchanged, and files under
/// templates/site-root/ to the top of output/: favicon.ico, which browsers ask for there whatever a page says, or a
/// CNAME for GitHub Pages.
/// </summary>
public static class StaticAssets
{
    private const int MaxAssetBytes = 4 * 1024 * 1024;

    public static IReadOnlyList<OutputFile> Read(SitePaths paths, DiagnosticBag bag)
    {
        var files = new List<OutputFile> { new(Routes.NoJekyll, Array.Empty<byte>()) };
        Copy(paths, "assets", "assets/", files, bag);
        Copy(paths, "site-root", "", files, bag);
        return files;
    }

    private static void Copy(SitePaths paths, string from, string to, List<OutputFile> files, DiagnosticBag bag)
    {
        var folder = Path.Combine(paths.Templates, from);
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = paths.Display(file);
            if (!InputFile.IsInside(file, paths.Templates))
            {
                bag.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(display), $"'{display}' is a link to a file outside templates/.",
                    "Copy the file into the folder instead of linking to it.");
                continue;
            }
            if (new FileInfo(file).Length > MaxAssetBytes)
            {
                bag.Error(DiagnosticCodes.FileTooLarge, SourceSpan.File(display), $"'{display}' is larger than {MaxAssetBytes:N0} bytes.");
                continue;
            }
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new OutputFile(to + relative, File.ReadAllBytes(file)));
        }
    }
}
