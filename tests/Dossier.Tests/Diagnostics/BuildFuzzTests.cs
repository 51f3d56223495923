using System.Globalization;
using System.Text;
using CsCheck;
using Dossier.Building;
using Dossier.Loading;
using Dossier.Tests.Support;
using Xunit.Abstractions;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// The whole build under mutated input: the mini dossier with a few of its files edited, cut, renamed, swapped or
/// added, built over the output/ of its good build. Whatever the edits, no exception escapes the build; a failed
/// build leaves output/ byte-identical and no staging folder beside it; a successful one has no broken link and
/// equals a fresh build of the same input. CsCheck shrinks a failing case to its fewest, smallest edits.
/// A short run here; benchmarks/fuzz.sh runs it long (CsCheck_Iter or CsCheck_Time set the length).
/// </summary>
public sealed class BuildFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public void Mutated_content_and_seeds_never_crash_the_build_nor_damage_the_output()
    {
        // Each run draws new cases (CsCheck_Seed replays a failure's); 200 keep the test under a minute on a busy
        // machine, and CsCheck_Iter or CsCheck_Time make a long run.
        var longRun = Environment.GetEnvironmentVariable("CsCheck_Iter") is not null || Environment.GetEnvironmentVariable("CsCheck_Time") is not null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            BuildFuzz.Edits.Sample(BuildFuzz.Run,
                writeLine: log.WriteLine,
                iter: longRun ? Check.Iter : 200,
                time: longRun ? Check.Time : -1,
                print: BuildFuzz.Print);
        }
        finally
        {
            // Counted rather than taken from the settings: a run given a time, or cut short, says what it really did.
            var seconds = clock.Elapsed.TotalSeconds;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{BuildFuzz.Cases:N0} cases in {seconds:N0} s, {BuildFuzz.Cases / seconds:N1} cases/s"));
        }
    }
}

/// <summary>The mutations of <see cref="BuildFuzzTests"/> and the property each case must hold.</summary>
internal static class BuildFuzz
{
    /// <summary>The mini dossier's files (content/… and seeds/…), keyed by relative path with '/'.</summary>
    private static readonly SortedDictionary<string, byte[]> Fixture = DossierFiles.Snapshot(Repo.Fixture("mini"));

    private static readonly string[] YamlFiles = Fixture.Keys.Where(p => p.StartsWith("content/", StringComparison.Ordinal)).ToArray();
    private static readonly string[] SeedFiles = Fixture.Keys.Where(p => p.StartsWith("seeds/", StringComparison.Ordinal)).ToArray();

    private static readonly string[] Ids = YamlFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(id => id != "dossier").ToArray();

    /// <summary>The output of the unmutated dossier: every case starts from it, and a failed build must leave it as it was.</summary>
    private static readonly Lazy<SortedDictionary<string, byte[]>> GoodOutput = new(() =>
    {
        var root = Write(Fixture);
        try
        {
            SiteBuilder.Build(PathsUnder(root), new BuildOptions()).Succeeded.ShouldBeTrue();
            return DossierFiles.Snapshot(Path.Combine(root, "output"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    });

    private static readonly string[] Values =
    [
        "", "~", "null", "[]", "{}", "[a, b]", "{a: 1}", "[[]]", "42", "-1", "0", "3.5", "1e309", "99999999999999999999", "true", "yes",
        "2021-02-30", "2021-13-01", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "-2021-03-01", "2021-3-1", "2021-03", "2021",
        "2021-03-01T25:00:00", "2021-03-01 12:00", "1900-01-01", "2021-00", "2021-03-01x",
        "'unterminated", "\"unterminated", "|", ">", "|\n  block\n  text", "&a x", "*a", "*missing", "&a [x, y]", "!!binary aGk=", "!custom x", "<<: *a",
        "? complex", ": colon", "- item", "#comment", "%percent", "@at", "`tick", "x: y: z",
        "مرحبا بالعالم", "e\u0301\u0302\u0303", "👍🏽🇵🇹", "\u202Eevil\u202C", "a\0b", "\uFFFD", "a\u200Bb", "İstanbul", "x\u2028y", "x\u0085y", "\t",
        "\"Re\\x1Bport\"", "\"a\\uFFFFb\"", "\"a\\uD800b\"", "\"a\\0b\"", "a\uFFFEb", "a\uFFFFb",
        "<script>alert(1)</script>", "{{ 1 + 1 }}", "{% x %}", "[x](javascript:alert(1))", "[x](../../etc/passwd)", "[x](#missing)", "](", "**", "`code`",
        "<a href=\"x\">", "&amp;", "https://", "//evil.example", "/", "..", "../seeds/digest.txt", "digest.txt", "missing.txt",
        new string('x', 10_000), string.Concat(Enumerable.Repeat("word ", 3_000)),
        "missing-id", "Storm", "storm ", "index", "page-2", "a--b",
        .. Ids,
    ];

    /// <summary>Short pieces of text inserted anywhere: YAML's and Markdown's special characters, quotation marks, line ends.</summary>
    private static readonly string[] Pieces =
    [
        ":", "- ", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "!", "|", ">", "%", "@", "`", "\t", "\n", "\r\n", "\r", " ", "  ", "---\n", "...\n",
        "%YAML 1.2\n", "<<: *a\n", "“", "”", "‘", "’", "«", "»", "„", "\u00a0", "\uFEFF", "\u202E", "\0", "*", "_", "](", "<", "&", "{{", "}}",
        "Lima said: “", "“We will not reopen", "Reyes", "three days", "\n\n", "e\u0301", "👍🏽",
    ];

    /// <summary>Raw bytes, most of them not UTF-8: a lone surrogate, an overlong form, a truncated sequence, a BOM, NUL, U+FFFF.</summary>
    private static readonly string[] Bytes = ["00", "FF", "C0AF", "EDA080", "E282", "EFBBBF", "80", "FEFF", "0D", "F4908080", "1B5B33316D", "EFBFBF", "EFBFBE"];

    /// <summary>Names a file may be given: other ids (of any kind), missing ones, and names that are not ids.</summary>
    private static readonly string[] Names =
    [
        .. Ids.Select(id => id + ".yml"), "new-id.yml", "Storm.yml", "with space.yml", "index.yml", "page-2.yml", "é.yml", "x.yaml", "x.txt",
        ".hidden.yml", "x", "digest.txt", "harbour-report.txt", "new.txt", "dossier.yml",
    ];

    /// <summary>Files that may be added: new entities, stray files, and files where nothing is read.</summary>
    private static readonly string[] NewFiles =
    [
        "content/actors/new-actor.yml", "content/quotes/new-quote.yml", "content/articles/new-article.yml", "content/claims/new-claim.yml",
        "content/events/new-event.yml", "content/unknown/x.yml", "content/x.yml", "content/actors/sub/x.yml", "seeds/new.txt", "seeds/sub/x.txt",
    ];

    private static readonly string[] NewContents =
    [
        "", "\n", "name: New\n", "title: New\n", "name: New\nkind: person\n", "speaker: ana-lima\ntext: safe\nreported:\n  - article: courier-harbour-closed\n",
        "title: New\noutlet: coast-courier\npublished: 2021-03-02\nsource: digest.txt\n", "- a list\n", "just text", "“A quote,” Lima said.\n",
    ];

    private static readonly Gen<string> AnyYaml = Gen.OneOf(YamlFiles);
    private static readonly Gen<string> AnySeed = Gen.OneOf(SeedFiles);
    private static readonly Gen<string> AnyFile = Gen.OneOf([.. Fixture.Keys]);
    private static readonly Gen<int> Position = Gen.Int[0, 4000];
    private static readonly Gen<int> Line = Gen.Int[0, 40];

    private static readonly Gen<Edit> Edit = Gen.OneOf<Edit>(
        Gen.Select(AnyYaml, Line, Gen.OneOf(Values), (f, l, v) => (Edit)new SetValue(f, l, v)),
        Gen.Select(AnyYaml, Line, (f, l) => (Edit)new DeleteLine(f, l)),
        Gen.Select(AnyYaml, Line, (f, l) => (Edit)new DuplicateLine(f, l)),
        Gen.Select(AnyYaml, Line, Gen.Int[-4, 4], (f, l, by) => (Edit)new Indent(f, l, by)),
        Gen.Select(AnyYaml, Gen.OneOf(Ids), Gen.OneOf(Values), (f, id, v) => (Edit)new ReplaceId(f, id, v)),
        Gen.Select(AnyFile, Position, Gen.OneOf(Pieces), (f, at, text) => (Edit)new InsertText(f, at, text)),
        Gen.Select(AnyFile, Position, Gen.OneOf(Bytes), (f, at, hex) => (Edit)new InsertBytes(f, at, hex)),
        Gen.Select(AnyFile, Position, (f, at) => (Edit)new Truncate(f, at)),
        AnyFile.Select(f => (Edit)new DeleteFile(f)),
        Gen.Select(AnyFile, Gen.OneOf(Names), (f, name) => (Edit)new RenameFile(f, name)),
        Gen.Select(AnyFile, AnyFile, (from, to) => (Edit)new CopyFile(from, to)),
        Gen.Select(AnyFile, AnyFile, (a, b) => (Edit)new SwapFiles(a, b)),
        Gen.Select(Gen.OneOf(NewFiles), Gen.OneOf(NewContents), (f, text) => (Edit)new AddFile(f, text)),
        Gen.Select(AnySeed, Line, Gen.OneOf([.. Pieces, .. Values]), (f, l, text) => (Edit)new ReplaceLine(f, l, text)),
        Gen.Select(AnySeed, Gen.Int[0, 12], (f, n) => (Edit)new DeleteQuotationMark(f, n)),
        Gen.Select(AnyFile, Gen.OneOf("\r\n", "\r"), (f, end) => (Edit)new LineEnds(f, end)));

    /// <summary>One to four edits, applied in order.</summary>
    public static readonly Gen<Edit[]> Edits = Edit.Array[1, 4];

    public static string Print(Edit[] edits) => string.Join("; ", edits.Select(e => e.ToString()));

    private static int _cases;

    /// <summary>Cases run so far, shrinking included.</summary>
    public static int Cases => Volatile.Read(ref _cases);

    /// <summary>
    /// One case: the mutated dossier beside the good build's output/, built. Returns how the build ended, which
    /// CsCheck tallies (how many cases got as far as rendering); throws where the property does not hold.
    /// </summary>
    public static string Run(Edit[] edits)
    {
        Interlocked.Increment(ref _cases);
        var files = new SortedDictionary<string, byte[]>(Fixture, StringComparer.Ordinal);
        foreach (var edit in edits) edit.Apply(files);
        var root = Write(files);
        try
        {
            var output = Path.Combine(root, "output");
            foreach (var (path, bytes) in GoodOutput.Value)
            {
                var full = Path.Combine(output, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
            var paths = PathsUnder(root);

            var result = SiteBuilder.Build(paths, new BuildOptions());

            // Whatever happened, the staging folder is gone.
            Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["content", "output", "seeds"]);
            if (!result.Succeeded)
            {
                result.Errors.ShouldBeGreaterThan(0);
                ShouldBeIdentical(DossierFiles.Snapshot(output), GoodOutput.Value, "a failed build changed output/");
                return "failed";
            }
            LinkChecker.Check(output).Select(d => d.Format()).ShouldBeEmpty();
            // The rebuild over the old output/ wrote only what changed: it must equal a build from nothing.
            var fresh = paths with { Output = Path.Combine(root, "fresh") };
            SiteBuilder.Build(fresh, new BuildOptions()).Succeeded.ShouldBeTrue();
            ShouldBeIdentical(DossierFiles.Snapshot(output), DossierFiles.Snapshot(fresh.Output), "a rebuild differs from a fresh build");
            return result.Warnings > 0 ? "built, with warnings" : "built";
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void ShouldBeIdentical(SortedDictionary<string, byte[]> actual, SortedDictionary<string, byte[]> expected, string what)
    {
        actual.Keys.ShouldBe(expected.Keys, what);
        foreach (var (path, bytes) in expected)
            actual[path].AsSpan().SequenceEqual(bytes).ShouldBeTrue($"{what}: {path}");
    }

    private static SitePaths PathsUnder(string root) => SitePaths.Under(root) with { Templates = Repo.Templates };

    /// <summary>A new temporary folder holding the files, with content/ and seeds/ even if no file is left in them.</summary>
    private static string Write(SortedDictionary<string, byte[]> files)
    {
        var root = Path.Combine(Path.GetTempPath(), "dossier-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "content"));
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
        return root;
    }

    /// <summary>Strings as C# would write them, cut short, so that a failure message shows exactly what went in.</summary>
    internal static string Shown(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 60 ? text[..60] : text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~') builder.Append(c);
            else builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        builder.Append('"');
        if (text.Length > 60) builder.Append(CultureInfo.InvariantCulture, $"…({text.Length} chars)");
        return builder.ToString();
    }
}

/// <summary>One mutation of the dossier's files (relative path → bytes). Edits of a file that is gone do nothing.</summary>
internal abstract record Edit(string File)
{
    public abstract void Apply(SortedDictionary<string, byte[]> files);

    protected static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    protected static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Changes the file's lines; the line number wraps around the file's length.</summary>
    protected void EditLines(SortedDictionary<string, byte[]> files, int line, Action<List<string>, int> edit)
    {
        if (!files.TryGetValue(File, out var bytes)) return;
        var lines = Decode(bytes).Split('\n').ToList();
        edit(lines, line % lines.Count);
        files[File] = Encode(string.Join('\n', lines));
    }
}

/// <summary>A key's value (or a list item, or a whole line) replaced: another type, a bad date, another id, odd text.</summary>
internal sealed record SetValue(string File, int Line, string Value) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => EditLines(files, Line, (lines, at) =>
    {
        var line = lines[at];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var dash = line.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? line.IndexOf("- ", StringComparison.Ordinal) : -1;
        var keep = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : line.Length - line.TrimStart().Length;
        lines[at] = line[..keep] + Value;
    });

    public override string ToString() => $"SetValue({File}, line {Line}, {BuildFuzz.Shown(Value)})";
}

internal sealed record DeleteLine(string File, int Line) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => EditLines(files, Line, (lines, at) => lines.RemoveAt(at));
}

/// <summary>A key or a list entry twice.</summary>
internal sealed record DuplicateLine(string File, int Line) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => EditLines(files, Line, (lines, at) => lines.Insert(at, lines[at]));
}

internal sealed record Indent(string File, int Line, int By) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => EditLines(files, Line, (lines, at) =>
    {
        var line = lines[at];
        var spaces = line.Length - line.TrimStart(' ').Length;
        lines[at] = By >= 0 ? new string(' ', By) + line : line[Math.Min(spaces, -By)..];
    });
}

/// <summary>Every mention of an id (as a whole word) pointed elsewhere: a missing id, one of another kind, odd text.</summary>
internal sealed record ReplaceId(string File, string Id, string Value) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(File, out var bytes)) return;
        files[File] = Encode(System.Text.RegularExpressions.Regex.Replace(Decode(bytes), $@"(?<![\w-]){Id}(?![\w-])", Value.Replace("$", "$$", StringComparison.Ordinal)));
    }

    public override string ToString() => $"ReplaceId({File}, {Id} -> {BuildFuzz.Shown(Value)})";
}

internal sealed record InsertText(string File, int At, string Text) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(File, out var bytes)) return;
        var text = Decode(bytes);
        files[File] = Encode(text.Insert(At % (text.Length + 1), Text));
    }

    public override string ToString() => $"InsertText({File}, at {At}, {BuildFuzz.Shown(Text)})";
}

/// <summary>Raw bytes at a byte offset: may split a UTF-8 sequence, and need not be UTF-8 themselves.</summary>
internal sealed record InsertBytes(string File, int At, string Hex) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(File, out var bytes)) return;
        var at = At % (bytes.Length + 1);
        files[File] = [.. bytes.AsSpan(0, at), .. Convert.FromHexString(Hex), .. bytes.AsSpan(at)];
    }
}

/// <summary>The file cut at a byte offset (possibly inside a UTF-8 sequence); offset 0 empties it.</summary>
internal sealed record Truncate(string File, int At) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (files.TryGetValue(File, out var bytes)) files[File] = bytes[..(At % (bytes.Length + 1))];
    }
}

internal sealed record DeleteFile(string File) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => files.Remove(File);
}

/// <summary>The file under another name in its folder: another entity's id, a missing one, or a name that is no id.</summary>
internal sealed record RenameFile(string File, string Name) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (!files.Remove(File, out var bytes)) return;
        files[File[..(File.LastIndexOf('/') + 1)] + Name] = bytes;
    }
}

/// <summary>A file's bytes over (or beside) another's: the same entry under two ids, or in another kind's folder.</summary>
internal sealed record CopyFile(string File, string To) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (files.TryGetValue(File, out var bytes)) files[To] = bytes;
    }
}

/// <summary>Two files' contents exchanged: their ids swapped, or kinds mixed up.</summary>
internal sealed record SwapFiles(string File, string Other) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(File, out var first) || !files.TryGetValue(Other, out var second)) return;
        files[File] = second;
        files[Other] = first;
    }
}

internal sealed record AddFile(string File, string Text) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => files[File] = Encode(Text);

    public override string ToString() => $"AddFile({File}, {BuildFuzz.Shown(Text)})";
}

/// <summary>A seed's line (a paragraph) replaced by other text.</summary>
internal sealed record ReplaceLine(string File, int Line, string Text) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files) => EditLines(files, Line, (lines, at) => lines[at] = Text);

    public override string ToString() => $"ReplaceLine({File}, line {Line}, {BuildFuzz.Shown(Text)})";
}

/// <summary>The n-th quotation mark of a seed removed, leaving a quotation open or closing one early.</summary>
internal sealed record DeleteQuotationMark(string File, int Nth) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(File, out var bytes)) return;
        var text = Decode(bytes);
        var marks = Enumerable.Range(0, text.Length).Where(i => "“”\"‘’«»„".Contains(text[i])).ToArray();
        if (marks.Length > 0) files[File] = Encode(text.Remove(marks[Nth % marks.Length], 1));
    }
}

/// <summary>Every line end made CRLF or CR.</summary>
internal sealed record LineEnds(string File, string End) : Edit(File)
{
    public override void Apply(SortedDictionary<string, byte[]> files)
    {
        if (files.TryGetValue(File, out var bytes)) files[File] = Encode(Decode(bytes).ReplaceLineEndings(End));
    }

    public override string ToString() => $"LineEnds({File}, {BuildFuzz.Shown(End)})";
}
