using Dossier.Building;
using Dossier.Loading;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>What the diagnostic and bad-input tests need beyond <see cref="TestDossier"/>: raw bytes, links, own templates.</summary>
internal static class DossierFiles
{
    public static string FullPath(this TestDossier dossier, string relative) =>
        Path.Combine(dossier.Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static void WriteBytes(this TestDossier dossier, string relative, byte[] bytes)
    {
        var path = dossier.FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Creates a symbolic link (tests that call this are <see cref="SymlinkFactAttribute"/>s).</summary>
    public static void Link(this TestDossier dossier, string relativeLink, string target)
    {
        var link = dossier.FullPath(relativeLink);
        if (File.Exists(link)) File.Delete(link);
        File.CreateSymbolicLink(link, target);
    }

    /// <summary>
    /// Copies the repository's templates into the dossier's own templates/ folder and returns paths that use it.
    /// (TestDossier picks its templates folder before the files are written, so it always uses the repository's.)
    /// </summary>
    public static SitePaths WithOwnTemplates(this TestDossier dossier)
    {
        var own = Path.Combine(dossier.Root, "templates");
        Folders.Copy(Repo.Templates, own);
        return dossier.Paths with { Templates = own };
    }

    public static IReadOnlyList<string> Printed(this BuildResult result) => result.Diagnostics.Select(d => d.Format()).ToArray();

    /// <summary>Every file under a folder with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
