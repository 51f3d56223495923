using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Quote(
    string Id,
    Ref Speaker,
    string Text,
    PartialDate? Said,
    string? Occasion,
    Ref? Event,
    IReadOnlyList<Ref> About,
    IReadOnlyList<Report> Reported,
    SourceSpan Span);
