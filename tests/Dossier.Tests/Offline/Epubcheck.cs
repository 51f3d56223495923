using System.Diagnostics;

namespace Dossier.Tests.Offline;

/// <summary>Runs epubcheck, the EPUB format's own validator, over a book and gives back what it printed.</summary>
internal static class Epubcheck
{
    public static (int ExitCode, string Output) Run(string epub)
    {
        // Debian's /usr/bin/epubcheck is the jar itself, which runs directly only where binfmt knows jars: Java runs it anywhere.
        var start = new ProcessStartInfo("java", ["-jar", EpubcheckFactAttribute.Jar, epub])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
