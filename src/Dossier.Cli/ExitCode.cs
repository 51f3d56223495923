namespace Dossier.Cli;

public enum ExitCode
{
    Success = 0,
    ContentErrors = 1,
    BadUsage = 2,
}
