using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Outlet(
    string Id,
    string Name,
    string? Kind,
    string? Country,
    Ref? Affiliation,
    string? Homepage,
    string? Summary,
    SourceSpan Span);
