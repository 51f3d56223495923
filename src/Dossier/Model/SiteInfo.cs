using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>content/dossier.yml: what the whole site is about.</summary>
public sealed record SiteInfo(
    string Title,
    string? Subtitle,
    string? Summary,
    string Language,
    string? BaseUrl,
    string? Notes,
    SourceSpan Span);
