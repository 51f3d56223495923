using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>One side of a contested claim: what is asserted, by whom, and the passage where it is reported.</summary>
public sealed record Answer(string Statement, Ref? Claimant, Ref Article, Located<string> Text, SourceSpan Span);
