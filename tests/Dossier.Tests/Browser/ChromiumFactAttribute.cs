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

/// <summary>A theory that needs /usr/bin/chromium; skipped with the reason where it is missing.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.Executable)) Skip = $"{ChromiumFactAttribute.Executable} is not installed (apt-get install chromium).";
    }
}
