namespace Dossier.Cli.Serving;

/// <summary>
/// Calls back when the drafts folder changes, including when it first appears (the first `draft` creates it while the
/// preview runs) or goes: drafts are no part of the build, so their changes reload pages without rebuilding.
/// </summary>
public sealed class DraftsWatcher : IDisposable
{
    private readonly Lock _lock = new();
    private readonly string _folder;
    private readonly TimeSpan _quiet;
    private readonly Action _changed;
    private readonly FileSystemWatcher? _parent;
    private FolderWatcher? _inside;

    public DraftsWatcher(string folder, TimeSpan quiet, Action changed)
    {
        _folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        _quiet = quiet;
        _changed = changed;
        if (Path.GetDirectoryName(_folder) is { } parent && Directory.Exists(parent))
        {
            // Only the folder's own name, one level: cheap however much else the parent holds.
            _parent = new FileSystemWatcher(parent, Path.GetFileName(_folder)) { NotifyFilter = NotifyFilters.DirectoryName };
            _parent.Created += (_, _) => Appeared();
            _parent.Renamed += (_, _) => Appeared();
            _parent.Deleted += (_, _) => changed();
            _parent.EnableRaisingEvents = true;
        }
        Watch();
    }

    private void Appeared()
    {
        Watch();
        _changed();
    }

    private void Watch()
    {
        lock (_lock)
        {
            _inside?.Dispose();
            _inside = new FolderWatcher([_folder], _quiet, _ => false, _changed);
        }
    }

    public void Dispose()
    {
        _parent?.Dispose();
        lock (_lock) _inside?.Dispose();
    }
}
