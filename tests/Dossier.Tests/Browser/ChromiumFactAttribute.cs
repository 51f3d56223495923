namespace Dossier.Tests.Browser;

/// <summary>A test that needs the system Chromium; skipped, with the reason shown, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable)) Skip = $"{Executable} is not installed (apt-get install chromium).";
    }
}
