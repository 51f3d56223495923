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
public sealed class Rebuilder(SitePaths paths, BuildOptions options, TextWriter log)
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private BuildSnapshot _current = new(0, false, 0, ["The site has not been built yet."]);

    // Files unchanged since the last build are not read again: after a save, only that file is parsed.
    private readonly LoadCache _cache = new();
    private int _building;

    /// <summary>Raised after every build, on the thread that built.</summary>
    public event Action<BuildSnapshot>? Built;

    public BuildSnapshot Current => Volatile.Read(ref _current);

    public bool IsBuilding => Volatile.Read(ref _building) != 0;

    public void Request() => _requests.Writer.TryWrite(true);

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
        BuildSnapshot snapshot;
        Volatile.Write(ref _building, 1);
        try
        {
            var result = SiteBuilder.Build(paths, options, _cache);
            DiagnosticPrinter.Print(result.Diagnostics, "text", log, paths.Root);
            if (result.Succeeded)
            {
                log.WriteLine($"{BuildSummary.Describe(result, paths)}; {result.Warnings} warning(s), {clock.ElapsedMilliseconds} ms.");
                snapshot = new BuildSnapshot(version, true, 0, []);
            }
            else
            {
                var serving = Directory.Exists(paths.Output) ? "Still serving the last good build." : "Pages show the problems until a build succeeds.";
                log.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). {serving}");
                var excerpts = new SourceExcerpt(paths.Root);
                snapshot = new BuildSnapshot(version, false, result.Errors, result.Diagnostics.Select(d => DiagnosticPrinter.Text(d, excerpts)).ToArray());
            }
        }
        catch (Exception e)
        {
            // A bug in the build must not take the preview down: say so in one line and keep the last good site.
            var line = CommandRunner.InternalError(e);
            log.WriteLine(line);
            snapshot = new BuildSnapshot(version, false, 1, [line]);
        }
        finally
        {
            Volatile.Write(ref _building, 0);
        }
        Volatile.Write(ref _current, snapshot);
        Built?.Invoke(snapshot);
        return snapshot;
    }
}
