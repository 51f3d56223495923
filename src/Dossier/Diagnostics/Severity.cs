namespace Dossier.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
