using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Claim(
    string Id,
    string Question,
    Ref? Event,
    string? Summary,
    IReadOnlyList<Answer> Answers,
    SourceSpan Span);
