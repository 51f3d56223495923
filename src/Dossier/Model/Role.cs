using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Role(string Title, Ref? Of, PartialDate? From, PartialDate? To, SourceSpan Span);
