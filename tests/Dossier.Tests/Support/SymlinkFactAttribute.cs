namespace Dossier.Tests.Support;

/// <summary>
/// A test that needs symbolic links; skipped, with the reason shown, where the platform or the account cannot make
/// them (Windows without developer mode), so that it never passes without having checked anything.
/// </summary>
public sealed class SymlinkFactAttribute : FactAttribute
{
    private static readonly string? Missing = Probe();

    public SymlinkFactAttribute()
    {
        if (Missing is not null) Skip = Missing;
    }

    private static string? Probe()
    {
        var folder = Directory.CreateTempSubdirectory("dossier-link-probe-");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "link"), Path.Combine(folder.FullName, "target"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return $"symbolic links cannot be made here: {e.Message}";
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
