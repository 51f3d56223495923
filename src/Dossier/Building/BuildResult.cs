using Dossier.Diagnostics;

namespace Dossier.Building;

/// <summary>What a build or check found and, for a build, what it wrote (pages per folder: "actors", "quotes", "" for the top).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, IReadOnlyDictionary<string, int> PagesByKind)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
