using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering;

namespace Dossier.Building;

/// <summary>Files under templates/assets/ (CSS, scripts, icons) go to output/assets/ unchanged.</summary>
public static class StaticAssets
{
    private const int MaxAssetBytes = 4 * 1024 * 1024;

    public static IReadOnlyList<OutputFile> Read(SitePaths paths, DiagnosticBag bag)
    {
        var folder = Path.Combine(paths.Templates, "assets");
        var files = new List<OutputFile> { new(".nojekyll", Array.Empty<byte>()) };
        if (!Directory.Exists(folder)) return files;
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
            var relative = Path.GetRelativePath(paths.Templates, file).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new OutputFile(relative, File.ReadAllBytes(file)));
        }
        return files;
    }
}
