using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>A value that diagnostics may need to point at.</summary>
public sealed record Located<T>(T Value, SourceSpan Span) : ILocated
{
    object? ILocated.Value => Value;
}

/// <summary>A value and where it was written, whatever the value's type.</summary>
public interface ILocated
{
    object? Value { get; }
}
