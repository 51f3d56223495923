using System.Collections.Concurrent;
using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering;

namespace Dossier.Building;

/// <summary>
/// Write stage: files go into a temporary folder beside output/ as soon as they are rendered (so a large site
/// never sits in memory whole), and the folder replaces output/ only when everything succeeded. A failure on the
/// way, or a build abandoned before <see cref="Commit"/>, leaves the previous output/ exactly as it was.
/// </summary>
public sealed class OutputWriter : ISiteOutput, IDisposable
{
    private readonly SitePaths _paths;
    private readonly DiagnosticBag _bag;
    private readonly string _target;
    private readonly string _staging;
    private readonly string _previous;
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private int _failed;

    private OutputWriter(SitePaths paths, DiagnosticBag bag)
    {
        _paths = paths;
        _bag = bag;
        _target = Path.GetFullPath(paths.Output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? ".";
        var name = Path.GetFileName(_target);
        _staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        _previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
    }

    public static OutputWriter Begin(SitePaths paths, DiagnosticBag bag)
    {
        var writer = new OutputWriter(paths, bag);
        writer.Try(() => Directory.CreateDirectory(writer._staging));
        return writer;
    }

    /// <summary>Writes everything at once: for callers that already hold the whole site.</summary>
    public static void Write(SitePaths paths, IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        using var writer = Begin(paths, bag);
        foreach (var file in files) writer.Add(file);
        writer.Commit();
    }

    /// <summary>Thread-safe: rendering calls it from every core.</summary>
    public void Add(OutputFile file)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        Try(() =>
        {
            // A new file in a new folder: nothing to truncate, and no other process has it open.
            using var handle = File.OpenHandle(StagedPath(file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, file.Bytes.Span, 0);
        });
    }

    public void Add(string path, Action<Stream> write)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        Try(() =>
        {
            using var stream = new FileStream(StagedPath(path), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            write(stream);
        });
    }

    private string StagedPath(string path)
    {
        var staged = Path.Combine(_staging, path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(staged)!;
        // Each folder is created once; a thread that needs it waits until it exists.
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        return staged;
    }

    /// <summary>Swaps the staged site in, unless writing failed.</summary>
    public void Commit()
    {
        if (Volatile.Read(ref _failed) != 0) return;
        Try(() =>
        {
            if (Directory.Exists(_target)) Directory.Move(_target, _previous);
            Directory.Move(_staging, _target);
        });
        if (!Directory.Exists(_target) && Directory.Exists(_previous)) Directory.Move(_previous, _target);
    }

    public void Dispose()
    {
        TryDelete(_staging);
        TryDelete(_previous);
    }

    private void Try(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the first failure is reported: the rest are usually the same cause.
            if (Interlocked.Exchange(ref _failed, 1) == 0)
                _bag.Error(DiagnosticCodes.OutputNotWritable, SourceSpan.File(_paths.Display(_target)),
                    $"The site could not be written: {e.Message}", "The previous output is unchanged. Check that the folder is writable.");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build uses a new name.
        }
    }
}
