using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering;

namespace Dossier.Building;

/// <summary>
/// Write stage: files go into a temporary folder beside output/ as soon as they are rendered (so a large site
/// never sits in memory whole), and reach output/ only when everything succeeded. A failure on the way, or a
/// build abandoned before <see cref="Commit"/>, leaves the previous output/ exactly as it was.
/// A first build moves the whole folder into place. A rebuild stages only the files whose bytes changed and
/// moves each over its old version, then deletes the files the site no longer has: unchanged files keep their
/// dates (the preview, rsync and Pages see only real changes), and nothing is rewritten for nothing.
/// </summary>
public sealed class OutputWriter : ISiteOutput, IDisposable
{
    private readonly SitePaths _paths;
    private readonly DiagnosticBag _bag;
    private readonly string _target;
    private readonly string _staging;
    private readonly bool _rebuild;
    private readonly CancellationToken _cancellation;
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    // Each file added, with its length in bytes.
    private readonly ConcurrentDictionary<string, long> _site = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<IReadOnlyCollection<string>> _kept = [];
    private readonly ConcurrentBag<string> _staged = [];
    private readonly ConcurrentBag<string> _streamed = [];
    // A rebuild's files whose bytes output/ already has, with their CRC-32 (the archive copies what it stored for them).
    private readonly ConcurrentDictionary<string, uint> _unchanged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, uint> _streamedCrc = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _streamedSame = new(StringComparer.Ordinal);
    private int _failed;

    private OutputWriter(SitePaths paths, DiagnosticBag bag, CancellationToken cancellation)
    {
        _paths = paths;
        _bag = bag;
        _cancellation = cancellation;
        _target = Path.GetFullPath(paths.Output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? ".";
        var name = Path.GetFileName(_target);
        _staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        _rebuild = Directory.Exists(_target);
    }

    /// <summary>
    /// Starts a staged write. Once <paramref name="cancellation"/> is cancelled, adding or streaming a file throws
    /// <see cref="OperationCanceledException"/>, and the write is abandoned as a failed one is (`serve`, when a new
    /// save makes the files made from the whole site out of date before they are finished).
    /// </summary>
    public static OutputWriter Begin(SitePaths paths, DiagnosticBag bag, CancellationToken cancellation = default)
    {
        var writer = new OutputWriter(paths, bag, cancellation);
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
        _cancellation.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _failed) != 0) return;
        _site[file.Path] = file.Bytes.Length;
        if (_rebuild && SameBytes(TargetPath(file.Path), file.Bytes.Span))
        {
            _unchanged[file.Path] = Crc32.HashToUInt32(file.Bytes.Span);
            return;
        }
        Try(() =>
        {
            // A new file in a new folder: nothing to truncate, and no other process has it open.
            using var handle = File.OpenHandle(StagedPath(file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, file.Bytes.Span, 0);
            _staged.Add(file.Path);
        });
    }

    /// <summary>Large files are written as they are made, and compared with their old version at commit.</summary>
    public void Add(string path, Action<Stream> write)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        _site[path] = 0;
        Try(() =>
        {
            var crc = _rebuild ? new Crc32() : null;
            using (var file = new FileStream(StagedPath(path), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            using (var stream = new CancellableStream(file, crc, _cancellation))
            {
                write(stream);
                _site[path] = file.Length;
            }
            if (crc is not null) _streamedCrc[path] = crc.GetCurrentHashAsUInt32();
            _streamed.Add(path);
        });
    }

    /// <summary>
    /// The CRC-32 of a file this rebuild added that output/ already has byte for byte (written by the last build, and
    /// left in place); null for a file that is new or changed, or that the rebuild kept without making it again.
    /// </summary>
    public uint? Unchanged(string path)
    {
        if (_unchanged.TryGetValue(path, out var crc)) return crc;
        return _streamedCrc.TryGetValue(path, out crc) && SameAsBefore(path) ? crc : null;
    }

    /// <summary>Where the last build's copy of a file is, for a rebuild; null for a first build.</summary>
    public string? Previous(string path) => _rebuild ? TargetPath(path) : null;

    // A file written as it was made is compared with its old version once, by whichever asks first: the archive or the commit.
    private bool SameAsBefore(string streamed) => _streamedSame.GetOrAdd(streamed, path => SameFiles(StagedPath(path), TargetPath(path)));

    /// <summary>Files the last build wrote that are right as they stand: part of the site, left as they are.</summary>
    public void Keep(IReadOnlyCollection<string> paths) => _kept.Add(paths);

    /// <summary>Every file of the site added or kept so far, in ordinal order.</summary>
    public IReadOnlyList<string> Paths() => Site().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The length of a file this build added; null for one it kept from the last build.</summary>
    public long? Length(string path) => _site.TryGetValue(path, out var length) ? length : null;

    private HashSet<string> Site() => new(_site.Keys.Concat(_kept.SelectMany(paths => paths)), StringComparer.Ordinal);

    /// <summary>
    /// Opens a file of the new site to read it back: the staged copy, or, where a rebuild found the old file already had
    /// these bytes and staged nothing (or kept it from the last build), the old file.
    /// </summary>
    public SafeFileHandle OpenRead(string path)
    {
        // Known from what was added, so no file system call is spent on asking where the file is.
        var staged = _site.ContainsKey(path) && !_unchanged.ContainsKey(path);
        return File.OpenHandle(Path.Combine(staged ? _staging : _target, path.Replace('/', Path.DirectorySeparatorChar)));
    }

    /// <summary>
    /// Puts the staged site in place, unless writing failed. A rebuild then deletes what the site no longer has: the
    /// files in output/ it neither added nor kept, or, where <paramref name="gone"/> says which, only those (`serve`
    /// writes the pages first and the rest after them, and knows which pages a change took away).
    /// </summary>
    public void Commit(IEnumerable<string>? gone = null)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        if (!_rebuild)
        {
            Try(() => Directory.Move(_staging, _target));
            return;
        }
        Try(hint: "Files changed so far were replaced; build again once the folder is writable.", write: () =>
        {
            var changed = _staged.Concat(_streamed.Where(path => !SameAsBefore(path)));
            foreach (var path in changed.Order(StringComparer.Ordinal))
            {
                var target = TargetPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(StagedPath(path), target, overwrite: true);
            }
            if (gone is null)
            {
                DeleteWhatTheSiteNoLongerHas();
                return;
            }
            var goneNow = gone.ToArray();
            if (goneNow.Length == 0) return;
            var site = Site();
            foreach (var path in goneNow.Where(p => !site.Contains(p))) File.Delete(TargetPath(path));
        });
    }

    public void Dispose()
    {
        TryDelete(_staging);
    }

    private void DeleteWhatTheSiteNoLongerHas()
    {
        var site = Site();
        foreach (var file in Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories))
        {
            if (!site.Contains(Relative(file))) File.Delete(file);
        }
        // Deepest first, so a folder emptied by its subfolders' removal goes too.
        foreach (var folder in Directory.EnumerateDirectories(_target, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }

    private string Relative(string file) => Path.GetRelativePath(_target, file).Replace(Path.DirectorySeparatorChar, '/');

    private string TargetPath(string path) => Path.Combine(_target, path.Replace('/', Path.DirectorySeparatorChar));

    private string StagedPath(string path)
    {
        var staged = Path.Combine(_staging, path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(staged)!;
        // Each folder is created once; a thread that needs it waits until it exists.
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        return staged;
    }

    private static bool SameBytes(string file, ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
        try
        {
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read);
            // One byte more than expected is read, so a longer old file is seen as different.
            var read = RandomAccess.Read(handle, buffer, 0);
            return read == bytes.Length && bytes.SequenceEqual(buffer.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Missing, a folder, or unreadable: not the same, so the file is written and the commit reports any real problem.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool SameFiles(string staged, string target)
    {
        if (!File.Exists(target) || new FileInfo(staged).Length != new FileInfo(target).Length) return false;
        using var a = File.OpenRead(staged);
        using var b = File.OpenRead(target);
        var left = new byte[1 << 16];
        var right = new byte[1 << 16];
        int read;
        while ((read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false)) > 0)
        {
            if (b.ReadAtLeast(right, read, throwOnEndOfStream: false) != read || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read))) return false;
        }
        return true;
    }

    private void Try(Action write, string hint = "The previous output is unchanged. Check that the folder is writable.")
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
                    $"The site could not be written: {e.Message}", hint);
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

    /// <summary>A file being written that stops, at its next write, once the write is cancelled; and sums its CRC-32 when asked.</summary>
    private sealed class CancellableStream(Stream inner, Crc32? crc, CancellationToken cancellation) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => true;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            cancellation.ThrowIfCancellationRequested();
            inner.Write(buffer);
            crc?.Append(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);
    }
}
