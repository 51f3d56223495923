using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>A reference by id to another entity, remembering where it was written.</summary>
public sealed record Ref(string Id, SourceSpan Span);
