using System.Diagnostics;

namespace Dossier.Building;

/// <summary>Times the stages of one build, one after another.</summary>
internal sealed class StageClock
{
    private readonly List<StageTime> _stages = [];

    public IReadOnlyList<StageTime> Stages => _stages;

    public T Time<T>(string stage, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = run();
        _stages.Add(new StageTime(stage, Stopwatch.GetElapsedTime(start), Process.GetCurrentProcess().TotalProcessorTime - cpu,
            GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
