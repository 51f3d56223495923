using System.Collections.Concurrent;
using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Loading;

/// <summary>
/// What `serve` keeps from one build to the next: each file's parsed item (or text) with the diagnostics it
/// gave, reused while the file keeps its size and date, and each article's cut text, reused while its article
/// and its seed are the very ones it was cut from. After a save, only the saved file is read again.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Parsed> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CutText> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Listed> _listings = new(StringComparer.Ordinal);

    // The files the watcher saw change since the last load (full paths), or null to ask every file for its size and date.
    private IReadOnlySet<string>? _changed;

    /// <summary>
    /// Says which files changed since the last load, as `serve`'s watcher saw them (null: not known, ask every
    /// file): any other file read before is taken as it was without asking the disk, 27,000 questions fewer at 5,000
    /// articles. Holds for the next load only.
    /// </summary>
    public void Changed(IReadOnlySet<string>? files) => _changed = files;

    private sealed record Parsed(long Length, DateTime Modified, object? Item, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Listed(string[] Files, HashSet<string> Full, object Item, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record CutText(Article Article, string Seed, ArticleText? Text, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// What <paramref name="accept"/> made of the files directly in <paramref name="folder"/> (a full path), made again
    /// only if a file came or went. Where the watcher said what changed (<see cref="Changed"/>), the folder is not even
    /// listed while every changed file in it was there before and still is: 27,000 names at 5,000 articles.
    /// </summary>
    public T Listing<T>(string folder, DiagnosticBag bag, Func<string[], DiagnosticBag, T> accept) where T : class
    {
        var kept = _listings.GetValueOrDefault(folder);
        var inFolder = folder + Path.DirectorySeparatorChar;
        if (kept is not null && _changed is { } changed
            && changed.Where(f => f.StartsWith(inFolder, StringComparison.Ordinal)).All(f => kept.Full.Contains(f) && File.Exists(f)))
            return Replay((T)kept.Item, kept.Diagnostics, bag);
        var files = Directory.EnumerateFiles(folder).ToArray();
        if (kept is not null && kept.Files.AsSpan().SequenceEqual(files)) return Replay((T)kept.Item, kept.Diagnostics, bag);

        var own = new DiagnosticBag();
        var item = accept(files, own);
        var diagnostics = own.Sorted();
        _listings[folder] = new Listed(files, files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal), item, diagnostics);
        return Replay(item, diagnostics, bag);
    }

    /// <summary>Whether <paramref name="file"/> (a full path) is there; one read before and not changed since is, without asking the disk.</summary>
    public bool Exists(string file) => (_changed is { } changed && _files.ContainsKey(file) && !changed.Contains(file)) || File.Exists(file);

    /// <summary>The item <paramref name="parse"/> made of <paramref name="file"/> (a full path), made again only if the file changed.</summary>
    public T? Parse<T>(string file, DiagnosticBag bag, Func<DiagnosticBag, T?> parse) where T : class
    {
        if (_changed is { } changed && _files.TryGetValue(file, out var kept) && !changed.Contains(file))
            return Replay((T?)kept.Item, kept.Diagnostics, bag);
        var info = new FileInfo(file);
        var (length, modified) = info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
        if (length >= 0 && _files.TryGetValue(file, out var cached) && cached.Length == length && cached.Modified == modified)
            return Replay((T?)cached.Item, cached.Diagnostics, bag);

        var own = new DiagnosticBag();
        var item = parse(own);
        var diagnostics = own.Sorted();
        if (length >= 0) _files[file] = new Parsed(length, modified, item, diagnostics);
        return Replay(item, diagnostics, bag);
    }

    /// <summary>The article's text cut from <paramref name="seed"/>, cut again only if the article or the seed changed.</summary>
    public ArticleText? Cut(Article article, string seed, DiagnosticBag bag, Func<DiagnosticBag, ArticleText?> cut)
    {
        if (_texts.TryGetValue(article.Id, out var cached) && ReferenceEquals(cached.Article, article) && ReferenceEquals(cached.Seed, seed))
            return Replay(cached.Text, cached.Diagnostics, bag);

        var own = new DiagnosticBag();
        var text = cut(own);
        var diagnostics = own.Sorted();
        _texts[article.Id] = new CutText(article, seed, text, diagnostics);
        return Replay(text, diagnostics, bag);
    }

    private static T Replay<T>(T item, IReadOnlyList<Diagnostic> diagnostics, DiagnosticBag bag)
    {
        foreach (var diagnostic in diagnostics) bag.Add(diagnostic);
        return item;
    }
}
