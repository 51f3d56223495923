namespace Dossier.Tests.Offline;

/// <summary>A test that needs epubcheck (and Java to run it); skipped, with the reason shown, where it is not installed.</summary>
public sealed class EpubcheckFactAttribute : FactAttribute
{
    public const string Jar = "/usr/bin/epubcheck";

    public EpubcheckFactAttribute()
    {
        if (!File.Exists(Jar)) Skip = $"{Jar} is not installed (apt-get install epubcheck).";
    }
}
