using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<Located<string>> Aliases,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Ref> Affiliations,
    PartialDate? Born,
    PartialDate? Died,
    string? Summary,
    SourceSpan Span);
