using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Loading.Yaml;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Loading;

/// <summary>Load stage: reads content/ and the seeds it names into the model, reporting every problem it meets.</summary>
public static partial class ContentLoader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdShape();

    /// <summary>Ids whose page would be one of the kind's index pages.</summary>
    [GeneratedRegex("^(index|page-[0-9]+)$")]
    private static partial Regex ReservedId();

    /// <summary>
    /// With a <paramref name="cache"/> (kept by `serve`), files unchanged since the last load are not read again.
    /// A missing content or seeds folder is reported before this, by <see cref="InputFolders"/>.
    /// </summary>
    public static Content Load(SitePaths paths, DiagnosticBag bag, LoadCache? cache = null)
    {
        var site = ReadSite(paths, bag);
        var entities = new List<Entity>();
        var unreadable = new HashSet<(EntityKind, string)>();
        foreach (var kind in EntityKinds.All) entities.AddRange(ReadAll(paths, kind, unreadable, bag, cache));
        var texts = ReadTexts(paths, entities.OfType<Article>().ToArray(), bag, cache);
        return new Content(site, entities, texts, unreadable);
    }

    private static SiteInfo ReadSite(SitePaths paths, DiagnosticBag bag)
    {
        var file = Path.Combine(paths.Content, "dossier.yml");
        var display = paths.Display(file);
        var fallback = SiteInfo.Fallback(SourceSpan.File(display));
        if (!File.Exists(file))
        {
            if (Directory.Exists(paths.Content))
                bag.Error(DiagnosticCodes.MissingFolder, SourceSpan.File(display), "content/dossier.yml is missing.",
                    "Create it with at least a 'title:' line.");
            return fallback;
        }
        if (ReadMapping(file, display, paths.Content, bag) is not { } mapping) return fallback;
        var yaml = new MappingReader(mapping, display, bag, SiteInfo.Definition.KeyNames);
        return SiteInfo.Definition.Create(ShapeReader.Read(SiteInfo.Definition, yaml, bag), yaml.Span());
    }

    private static Entity[] ReadAll(SitePaths paths, EntityKind kind, HashSet<(EntityKind, string)> unreadable,
        DiagnosticBag bag, LoadCache? cache)
    {
        // Full paths: `serve`'s watcher names changed files so.
        var directory = Path.GetFullPath(Path.Combine(paths.Content, kind.Folder));
        if (!Directory.Exists(directory)) return [];
        var accepted = cache is null
            ? Accept(paths, kind, Directory.EnumerateFiles(directory).ToArray(), bag)
            : cache.Listing(directory, bag, (files, listingBag) => Accept(paths, kind, files, listingBag));

        // Files are parsed in parallel (parsing is most of the load stage); the bag is thread-safe and sorts
        // what it collects, and the entities keep the files' order.
        var entities = new Entity?[accepted.Length];
        Parallel.For(0, accepted.Length, i =>
        {
            var (file, display, id) = accepted[i];
            entities[i] = Cached(cache, file, bag, fileBag =>
            {
                if (ReadMapping(file, display, paths.Content, fileBag) is not { } mapping) return null;
                var yaml = new MappingReader(mapping, display, fileBag, kind.KeyNames);
                return kind.Create(id, ShapeReader.Read(kind, yaml, fileBag), yaml.Span());
            });
        });
        for (var i = 0; i < accepted.Length; i++)
        {
            if (entities[i] is null) unreadable.Add((kind, accepted[i].Id));
        }
        return entities.OfType<Entity>().ToArray();
    }

    /// <summary>The files of a kind's folder that hold entities, valid ids first, each with its id; the rest reported.</summary>
    private static (string File, string Display, string Id)[] Accept(SitePaths paths, EntityKind kind, string[] listed, DiagnosticBag bag)
    {
        var files = listed
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            // Valid ids first, so that a wrongly named copy (Storm.yml) never hides the file it copies (storm.yml).
            .OrderBy(f => IdShape().IsMatch(Path.GetFileNameWithoutExtension(f)) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToArray();

        var accepted = new List<(string File, string Display, string Id)>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var display = paths.Display(file);
            var id = Path.GetFileNameWithoutExtension(file);
            if (!IdShape().IsMatch(id))
            {
                bag.Error(DiagnosticCodes.InvalidId, SourceSpan.File(display), $"'{id}' is not a valid id.",
                    $"Ids are lower-case words joined by '-', e.g. '{Slug(id)}': rename the file to '{Slug(id)}.yml'.");
            }
            else if (ReservedId().IsMatch(id))
            {
                // The kind's index is <folder>/index.html, and goes on over <folder>/page-2.html, page-3.html, ...
                bag.Error(DiagnosticCodes.InvalidId, SourceSpan.File(display), $"'{id}' cannot be an id: {kind.Folder}/{id}.html is a page of the {kind.Title.ToLowerInvariant()} index.",
                    $"Rename the file to a more telling id, e.g. '{kind.Name}-{id}.yml', and update the references to it.");
            }
            if (seen.TryGetValue(id, out var first))
            {
                bag.Error(DiagnosticCodes.DuplicateId, SourceSpan.File(display), $"The id '{id}' is already defined by '{first}'.",
                    "Each entity has one file: merge the two or rename one.");
                continue;
            }
            seen[id] = display;
            accepted.Add((file, display, id));
        }
        return accepted.ToArray();
    }

    private static MappingNode? ReadMapping(string file, string display, string root, DiagnosticBag bag) =>
        InputFile.ReadText(file, display, root, InputFile.MaxYamlBytes, bag) is { } text
            ? YamlFile.ParseMapping(text, display, bag)
            : null;

    private static T? Cached<T>(LoadCache? cache, string file, DiagnosticBag bag, Func<DiagnosticBag, T?> read) where T : class =>
        cache is null ? read(bag) : cache.Parse(file, bag, read);

    private static Dictionary<Article, ArticleText> ReadTexts(SitePaths paths, IReadOnlyList<Article> articles, DiagnosticBag bag, LoadCache? cache)
    {
        // Listed only to suggest a name for a seed that is not there.
        var seedNames = new Lazy<string[]>(() => Directory.Exists(paths.Seeds)
            ? Directory.EnumerateFiles(paths.Seeds).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : []);
        var seedsFolder = Path.GetFullPath(paths.Seeds);
        // Which seed each article reads, and the first article to name each seed (a missing seed is reported there, once).
        var readers = new List<Article>();
        var firstReader = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var source = article.Source;
            if (source.Value.Length == 0) continue;
            if (!IsPlainFileName(source.Value))
            {
                bag.Error(DiagnosticCodes.UnsafePath, source.Span, $"'source' must name a file directly inside seeds/, not '{source.Value}'.",
                    "Write only the file name, e.g. 000_d550740231ed3277.txt.");
                continue;
            }
            firstReader.TryAdd(source.Value, article);
            readers.Add(article);
        }

        var seeds = firstReader.ToDictionary(s => s.Key, _ => (string?)null, StringComparer.Ordinal);
        Parallel.ForEach(firstReader, pair =>
        {
            var file = Path.Combine(seedsFolder, pair.Key);
            var exists = cache?.Exists(file) ?? File.Exists(file);
            var seed = exists ? Cached(cache, file, bag, seedBag => InputFile.ReadText(file, paths.Display(file), paths.Seeds, InputFile.MaxSeedBytes, seedBag)) : null;
            if (!exists)
            {
                bag.Error(DiagnosticCodes.SeedNotFound, pair.Value.Source.Span, $"There is no file '{pair.Key}' in seeds/.",
                    Suggestions.DidYouMean(pair.Key, seedNames.Value) ?? "Put the article text in seeds/ first.");
            }
            lock (seeds) seeds[pair.Key] = seed;
        });

        var texts = new ArticleText?[readers.Count];
        Parallel.For(0, readers.Count, i =>
        {
            if (seeds[readers[i].Source.Value] is not { } seed) return;
            var article = readers[i];
            texts[i] = cache is null ? ArticleTextReader.Read(article, seed, bag) : cache.Cut(article, seed, bag, textBag => ArticleTextReader.Read(article, seed, textBag));
        });
        var byArticle = new Dictionary<Article, ArticleText>();
        for (var i = 0; i < readers.Count; i++)
        {
            if (texts[i] is { } text) byArticle[readers[i]] = text;
        }
        return byArticle;
    }

    private static bool IsPlainFileName(string name) =>
        name == Path.GetFileName(name) && name is not "." and not ".." && !name.Contains('\\') && !Path.IsPathRooted(name);

    private static string Slug(string id) =>
        Regex.Replace(id.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-') is { Length: > 0 } slug ? slug : "my-id";
}
