using System.Net;
using Dossier.Building;
using Dossier.Loading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dossier.Cli.Serving;

/// <summary>
/// The editor's preview: builds the site, serves the output folder on 127.0.0.1, rebuilds when content/, seeds/
/// or templates/ change, and makes open pages reload themselves. It also lists the drafts waiting for review
/// (`dossier draft`), which are no part of the build: changing them reloads pages but never rebuilds. Start and stop it from code (tests do) or run it
/// until a token is cancelled (the serve command does, and Ctrl+C cancels it).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>
    /// How long the folders must stay quiet before a rebuild: one save is often several file events, a few
    /// milliseconds apart. Short, because it is part of every reload; a later event only queues one more build.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Published to make every open page reload without a build: no page carries this version (builds count from 1),
    /// so each reloads, and gets the current version again.
    /// </summary>
    private const int ReloadAll = 0;

    private readonly SitePaths _paths;
    private readonly DraftsFolder _drafts;
    private readonly int _port;
    private readonly TextWriter _log;
    private readonly Rebuilder _rebuilder;
    private readonly ReloadEvents _events = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private FolderWatcher? _watcher;
    private DraftsWatcher? _draftsWatcher;
    private Task _rebuilding = Task.CompletedTask;
    private bool _disposed;

    /// <param name="port">0 picks a free port.</param>
    /// <param name="log">Where build results go; written from several threads, so pass a synchronized writer.</param>
    /// <param name="drafts">The folder `draft` writes to; drafts/ under the dossier's root when not given.</param>
    public PreviewServer(SitePaths paths, BuildOptions options, int port, TextWriter log, string? drafts = null)
    {
        _paths = paths;
        var draftsFolder = Path.GetFullPath(drafts ?? Path.Combine(paths.Root, "drafts"));
        _drafts = new DraftsFolder(draftsFolder, paths.Display(draftsFolder));
        _port = port;
        _log = log;
        _rebuilder = new Rebuilder(paths, options, log);
        _rebuilder.Built += snapshot => _events.Publish(snapshot.Version);
    }

    /// <summary>Where the site is served, e.g. http://127.0.0.1:5123/; set once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Builds once, starts serving and watching. Throws IOException when the port is taken.</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellation = default)
    {
        if (_app is not null) throw new InvalidOperationException("The preview server is already started.");
        _rebuilder.Build();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = _paths.Root });
        // Loopback only: the preview is for the editor's own browser, never the network.
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        var app = builder.Build();
        var responder = new SiteResponder(_paths.Output, () => _rebuilder.Current, _events, _stopping.Token, _drafts);
        app.Run(responder.RespondAsync);
        _app = app;
        await app.StartAsync(cancellation);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        Address = new Uri(new Uri(bound).GetLeftPart(UriPartial.Authority) + "/");

        _watcher = new FolderWatcher([_paths.Content, _paths.Seeds, _paths.Templates], Quiet, path => IsOutput(path) || IsDraft(path), _rebuilder.Request);
        _rebuilder.ChangedFiles = _watcher.TakeChanged;
        _draftsWatcher = new DraftsWatcher(_drafts.Full, Quiet, () => _events.Publish(ReloadAll));
        _rebuilding = _rebuilder.RunAsync(_stopping.Token);
        _log.WriteLine($"Serving {Address}");
        _log.WriteLine($"Watching {string.Join(", ", _watcher.Folders.Select(f => _paths.Display(f) + "/"))}; press Ctrl+C to stop.");
        return Address;
    }

    /// <summary>Serves until the token is cancelled, then stops cleanly.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        await StartAsync(cancellation);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C, or the caller stopping us.
        }
        await StopAsync();
        _log.WriteLine("Stopped.");
    }

    public async Task StopAsync()
    {
        // Open event streams end first; otherwise Kestrel would wait for them until its shutdown timeout.
        await _stopping.CancelAsync();
        if (_rebuilder.IsBuilding) _log.WriteLine("Stopping once the build in progress is written...");
        _watcher?.Dispose();
        _watcher = null;
        _draftsWatcher?.Dispose();
        _draftsWatcher = null;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
        await _rebuilding;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await StopAsync();
        _stopping.Dispose();
        _rebuilder.Dispose();
    }

    // Drafts are read by no build, even when --drafts points inside a watched folder.
    private bool IsDraft(string path) =>
        path == _drafts.Full || path.StartsWith(_drafts.Full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The build writes output/ and a temporary folder beside it; should either lie inside a watched folder,
    /// its changes must not set off another build.
    /// </summary>
    private bool IsOutput(string path)
    {
        var output = Path.GetFullPath(_paths.Output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? "";
        var staging = Path.Combine(parent, "." + Path.GetFileName(output) + ".");
        return path == output || path.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || path.StartsWith(staging, StringComparison.Ordinal);
    }
}
