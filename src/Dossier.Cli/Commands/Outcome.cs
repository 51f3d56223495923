using Dossier.Building;
using Dossier.Diagnostics;

namespace Dossier.Cli.Commands;

public static class Outcome
{
    // Problems with the folders themselves are usage problems (exit 2), not content errors (exit 1).
    private static readonly HashSet<string> UnreadableInput =
        [DiagnosticCodes.MissingFolder, DiagnosticCodes.UnreadableFile, DiagnosticCodes.OutputNotWritable];

    public static ExitCode Of(BuildResult result) =>
        result.Succeeded ? ExitCode.Success
        : result.Diagnostics.Any(d => d.Severity == Severity.Error && UnreadableInput.Contains(d.Code)) ? ExitCode.BadUsage
        : ExitCode.ContentErrors;
}
