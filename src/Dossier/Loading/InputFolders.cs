using Dossier.Diagnostics;

namespace Dossier.Loading;

/// <summary>
/// The folders a dossier is made from. A missing one is one error naming the full path looked at, rather than the
/// cascade it would otherwise cause (every seed "not found", every template "missing"), or a check that passes on
/// nothing.
/// </summary>
public static class InputFolders
{
    /// <param name="paths">The folders to look for.</param>
    /// <param name="templates">Whether templates/ is read too: a check validates content and seeds only.</param>
    public static IReadOnlyList<Diagnostic> Missing(SitePaths paths, bool templates) =>
        new[] { ("content", paths.Content), ("seeds", paths.Seeds), ("templates", paths.Templates) }
            .Take(templates ? 3 : 2)
            .Where(folder => !Directory.Exists(folder.Item2))
            .Select(folder => new Diagnostic(Severity.Error, DiagnosticCodes.MissingFolder,
                $"There is no {folder.Item1} folder at {Path.GetFullPath(folder.Item2)}.",
                SourceSpan.File(paths.Display(folder.Item2)),
                $"Run the command from the dossier's folder (the one holding content/, seeds/ and templates/), or pass --{folder.Item1}."))
            .ToArray();
}
