using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Event(
    string Id,
    string Title,
    PartialDate Date,
    PartialDate? End,
    string? Time,
    string? Place,
    string? Summary,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Ref> Follows,
    SourceSpan Span);
