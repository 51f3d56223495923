namespace Dossier.Building;

/// <summary>Strict turns warnings into errors.</summary>
public sealed record BuildOptions(bool Strict = false);
