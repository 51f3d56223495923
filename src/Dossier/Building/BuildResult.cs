using Dossier.Diagnostics;

namespace Dossier.Building;

/// <summary>What a build or check found and, for a build, what it wrote (pages per folder: "actors", "quotes", "" for the top).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, IReadOnlyDictionary<string, int> PagesByKind)
{
    /// <summary>How long each stage took, in the order they ran: for `build --timings` and the benchmark, never for output.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>One stage's wall time, the processor time it used on all cores, and the memory it allocated.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed, TimeSpan Processor, long AllocatedBytes);
