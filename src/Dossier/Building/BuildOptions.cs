using Dossier.Rendering;

namespace Dossier.Building;

/// <summary>
/// Strict turns warnings into errors; BaseUrl, when given, replaces dossier.yml's base_url for absolute links; Limits,
/// when given, replaces how long pages' lists may grow (<see cref="PageLimits.Default"/>), so that tests can see lists
/// go on over several pages in a small dossier.
/// </summary>
public sealed record BuildOptions(bool Strict = false, string? BaseUrl = null, PageLimits? Limits = null);
