using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>A value that diagnostics may need to point at.</summary>
public sealed record Located<T>(T Value, SourceSpan Span);
