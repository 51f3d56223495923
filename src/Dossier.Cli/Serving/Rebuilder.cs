using System.Diagnostics;
using System.Threading.Channels;
using Dossier.Building;
using Dossier.Cli.Commands;
using Dossier.Loading;

namespace Dossier.Cli.Serving;

/// <summary>
/// Builds the site, one build at a time. Requests that arrive while a build runs collapse into one more build,
/// so a burst of saves costs at most two builds. A failed build leaves output/ as it was (SiteBuilder sees to
/// that): the last good site stays served while its problems are shown.
/// </summary>
public sealed class Rebuilder(SitePaths paths, BuildOptions options, TextWriter log) : IDisposable
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private BuildSnapshot _current = new(0, false, 0, ["The site has not been built yet."]);

    // What the last build did: after a save, only that file is read again and only what it can alter is made again.
    private readonly BuildState _state = new() { QuietBeforeTheRest = TimeSpan.FromSeconds(2) };
    private int _building;
    private CancellationTokenSource _superseded = new();

    /// <summary>Raised after every build, on the thread that built.</summary>
    public event Action<BuildSnapshot>? Built;

    public BuildSnapshot Current => Volatile.Read(ref _current);

    public bool IsBuilding => Volatile.Read(ref _building) != 0;

    /// <summary>Which files changed since the last build, as the watcher saw them (null: not known); unset before watching starts.</summary>
    public Func<IReadOnlySet<string>?>? ChangedFiles { get; set; }

    /// <summary>Asks for a build; a build under way stops after its pages (the next one writes the rest).</summary>
    public void Request()
    {
        _requests.Writer.TryWrite(true);
        Volatile.Read(ref _superseded).Cancel();
    }

    /// <summary>Builds whenever asked, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var _ in _requests.Reader.ReadAllAsync(cancellation))
            {
                log.WriteLine("Change detected, rebuilding...");
                await Task.Run(Build, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public BuildSnapshot Build()
    {
        var clock = Stopwatch.StartNew();
        var version = Current.Version + 1;
        Volatile.Write(ref _superseded, new CancellationTokenSource());
        Volatile.Write(ref _building, 1);
        BuildSnapshot? published = null;
        try
        {
            _state.Files.Changed(ChangedFiles?.Invoke());
            // The pages are shown as soon as they are in place; the files made from the whole site follow.
            var result = SiteBuilder.Build(paths, options, _state, pages => published = Publish(Snapshot(pages, version, clock)),
                Volatile.Read(ref _superseded).Token);
            // A problem in the second part (a folder that became unwritable) is shown like any other.
            return published is not null && result.Succeeded ? published : Publish(Snapshot(result, version, clock));
        }
        catch (Exception e)
        {
            // A bug in the build must not take the preview down: say so in one line and keep the last good site.
            var line = CommandRunner.InternalError(e);
            log.WriteLine(line);
            return Publish(new BuildSnapshot(version, false, 1, [line]));
        }
        finally
        {
            Volatile.Write(ref _building, 0);
        }
    }

    private BuildSnapshot Snapshot(BuildResult result, int version, Stopwatch clock)
    {
        DiagnosticPrinter.Print(result.Diagnostics, "text", log, paths.Root);
        if (result.Succeeded)
        {
            log.WriteLine($"{BuildSummary.Describe(result, paths)}; {result.Warnings} warning(s), {clock.ElapsedMilliseconds} ms.");
            return new BuildSnapshot(version, true, 0, []);
        }
        var serving = Directory.Exists(paths.Output) ? "Still serving the last good build." : "Pages show the problems until a build succeeds.";
        log.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). {serving}");
        var excerpts = new SourceExcerpt(paths.Root);
        return new BuildSnapshot(version, false, result.Errors, result.Diagnostics.Select(d => DiagnosticPrinter.Text(d, excerpts)).ToArray());
    }

    // Earlier sources are left to the collector: a save may still be cancelling one.
    public void Dispose() => Volatile.Read(ref _superseded).Dispose();

    private BuildSnapshot Publish(BuildSnapshot snapshot)
    {
        Volatile.Write(ref _current, snapshot);
        Built?.Invoke(snapshot);
        return snapshot;
    }
}
