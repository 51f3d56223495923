namespace Dossier.Cli.Serving;

/// <summary>
/// Watches folders (and everything below them) and calls back once things have been quiet for a moment:
/// an editor's save is often several events (temporary file, rename, attribute change) in a few milliseconds.
/// </summary>
public sealed class FolderWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Func<string, bool> _ignore;

    public FolderWatcher(IEnumerable<string> folders, TimeSpan quiet, Func<string, bool> ignore, Action changed)
    {
        _quiet = quiet;
        _ignore = ignore;
        _timer = new Timer(_ => changed());
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            // Lost events (the buffer overflowed): rebuild anyway rather than miss a change.
            watcher.Error += (_, _) => Lost();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToArray();

    // What changed since it was last asked (full paths), or null once events were lost.
    private HashSet<string>? _changed = new(StringComparer.Ordinal);
    private readonly Lock _changedLock = new();

    /// <summary>The files created, changed, renamed or deleted since the last call; null when events were lost and any file may have changed.</summary>
    public IReadOnlySet<string>? TakeChanged()
    {
        lock (_changedLock)
        {
            var changed = _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            return changed;
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (_ignore(e.FullPath)) return;
        lock (_changedLock)
        {
            _changed?.Add(Path.GetFullPath(e.FullPath));
            if (e is RenamedEventArgs renamed) _changed?.Add(Path.GetFullPath(renamed.OldFullPath));
        }
        Restart();
    }

    private void Lost()
    {
        lock (_changedLock) _changed = null;
        Restart();
    }

    private void Restart() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
