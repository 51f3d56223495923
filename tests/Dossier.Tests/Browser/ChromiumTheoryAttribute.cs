namespace Dossier.Tests.Browser;

/// <summary>A theory that needs the system Chromium; skipped, with the reason shown, where it is not installed.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.Executable)) Skip = $"{ChromiumFactAttribute.Executable} is not installed (apt-get install chromium).";
    }
}
