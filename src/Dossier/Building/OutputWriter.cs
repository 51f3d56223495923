using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering;

namespace Dossier.Building;

/// <summary>
/// Write stage: the whole site goes into a temporary folder beside output/, which then replaces it.
/// A failure on the way leaves the previous output/ exactly as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(SitePaths paths, IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        var target = Path.GetFullPath(paths.Output);
        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var name = Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar));
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            bag.Error(DiagnosticCodes.OutputNotWritable, SourceSpan.File(paths.Display(target)),
                $"The site could not be written: {e.Message}", "The previous output is unchanged. Check that the folder is writable.");
        }
        finally
        {
            TryDelete(staging);
            TryDelete(previous);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build uses a new name.
        }
    }
}
