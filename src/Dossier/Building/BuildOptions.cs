namespace Dossier.Building;

/// <summary>Strict turns warnings into errors; BaseUrl, when given, replaces dossier.yml's base_url for absolute links.</summary>
public sealed record BuildOptions(bool Strict = false, string? BaseUrl = null);
