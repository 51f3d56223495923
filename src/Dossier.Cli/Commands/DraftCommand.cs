using System.CommandLine;
using System.Text;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Drafting;
using Dossier.Editing;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Cli.Commands;

/// <summary>
/// `draft &lt;seed file&gt;...`: proposes articles, quotes, actors and outlets for new seed texts as files in drafts/ for
/// an editor to review (or as JSON with --format json); `draft --apply` moves the accepted, filled-in drafts into content/.
/// </summary>
public static class DraftCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="drafter">What makes the proposals; tests pass their own.</param>
    public static Command Create(Func<Content, IReadOnlyList<SeedFile>, Draft>? drafter = null)
    {
        drafter ??= Drafter.Draft;
        var seeds = new Argument<string[]>("seed file")
        {
            Description = "Texts in seeds/ to draft from, by file name or path",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var site = new SiteOptions();
        var drafts = new Option<string>("--drafts") { Description = "Folder the drafts are written to and applied from", DefaultValueFactory = _ => "drafts" };
        var format = new Option<string>("--format") { Description = "text (write draft files) or json (print the proposals, write nothing)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var apply = new Option<bool>("--apply") { Description = "Move the reviewed drafts (those still in the drafts folder, with no TODO left) into content/" };
        var command = new Command("draft", "Propose article, quote, actor and outlet files for new texts in seeds/, for an editor to review")
        {
            seeds, site.Content, site.Seeds, drafts, format, apply,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be written, a file open elsewhere: the editor's to fix, not a bug.
                parse.InvocationConfiguration.Error.WriteLine($"Could not finish: {e.Message} Nothing after that was written.");
                return (int)ExitCode.BadUsage;
            }
        });
        return command;

        int Run(ParseResult parse)
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = Directory.GetCurrentDirectory();
            string Full(Option<string> option) => Path.GetFullPath(parse.GetValue(option)!, root);
            var paths = new SitePaths(root, Full(site.Content), Full(site.Seeds), Path.Combine(root, "templates"), Path.Combine(root, "output"));
            var names = parse.GetValue(seeds) ?? [];
            if (parse.GetValue(apply))
            {
                if (names.Length > 0)
                {
                    error.WriteLine("--apply takes no seed files: it moves what is in the drafts folder. Run `draft <seed file>` and `draft --apply` separately.");
                    return (int)ExitCode.BadUsage;
                }
                return (int)Apply(paths, Full(drafts), output, error);
            }
            if (names.Length == 0)
            {
                error.WriteLine("Name the seed files to draft from, e.g. `draft 005_rudaw-2020-01-12.txt`, or pass --apply to move reviewed drafts into content/.");
                return (int)ExitCode.BadUsage;
            }
            return (int)Propose(paths, Full(drafts), names, parse.GetValue(format) == "json", drafter, output, error);
        }
    }

    private static ExitCode Propose(SitePaths paths, string drafts, IReadOnlyList<string> names, bool json,
        Func<Content, IReadOnlyList<SeedFile>, Draft> drafter, TextWriter output, TextWriter error)
    {
        var seeds = new List<SeedFile>();
        foreach (var name in names)
        {
            if (ReadSeed(paths, name, out var problem) is { } seed)
            {
                // The same text named twice (by name and by path) is drafted once.
                if (seeds.All(s => s.Name != seed.Name)) seeds.Add(seed);
            }
            else
            {
                error.WriteLine(problem);
                return ExitCode.BadUsage;
            }
        }

        var content = Known(paths, error);
        var draft = drafter(content, seeds);
        if (json)
        {
            output.Write(DraftJson.Write(draft, content));
            return ExitCode.Success;
        }
        Write(paths, drafts, DraftFiles.For(draft, content), output);
        return ExitCode.Success;
    }

    /// <summary>
    /// What the dossier holds, read leniently: a new dossier without content/ drafts against nothing, and content with
    /// errors drafts against what loaded (one line says so; `check` says what).
    /// </summary>
    private static Content Known(SitePaths paths, TextWriter error)
    {
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Load(paths, bag);
        var errors = bag.Sorted().Count(d => d.Severity == Severity.Error && d.Code != DiagnosticCodes.MissingFolder);
        if (errors > 0)
            error.WriteLine($"{paths.Display(paths.Content)}/ has {errors} error(s): drafting against what loaded. Run `check` to see them.");
        return content;
    }

    private static SeedFile? ReadSeed(SitePaths paths, string name, out string problem)
    {
        problem = "";
        var seedsFolder = Path.GetFullPath(paths.Seeds).TrimEnd(Path.DirectorySeparatorChar);
        var inSeeds = Path.Combine(seedsFolder, name);
        var full = !name.Contains('/') && !name.Contains(Path.DirectorySeparatorChar) && File.Exists(inSeeds) ? inSeeds : Path.GetFullPath(name, paths.Root);
        var seedsDisplay = paths.Display(seedsFolder) + "/";
        if (!File.Exists(full))
        {
            var known = Directory.Exists(seedsFolder) ? Directory.EnumerateFiles(seedsFolder).Select(Path.GetFileName).OfType<string>() : [];
            problem = $"There is no seed file '{name}' in {seedsDisplay}." + (Suggestions.DidYouMean(Path.GetFileName(name), known) is { } hint ? " " + hint : "");
            return null;
        }
        if (Path.GetDirectoryName(full) != seedsFolder)
        {
            problem = $"'{name}' is not in {seedsDisplay}: copy the text into {seedsDisplay} first (an article names its text by file name there), then draft it from there.";
            return null;
        }
        var bag = new DiagnosticBag();
        if (InputFile.ReadText(full, paths.Display(full), seedsFolder, InputFile.MaxSeedBytes, bag) is not { } text)
        {
            problem = string.Join('\n', bag.Sorted().Select(d => d.Format()));
            return null;
        }
        return new SeedFile(Path.GetFileName(full), text);
    }

    /// <summary>Writes each draft file, never over one already there: the editor may be halfway through reviewing it.</summary>
    private static void Write(SitePaths paths, string drafts, IReadOnlyList<DraftFile> files, TextWriter output)
    {
        if (files.Count == 0)
        {
            output.WriteLine("Nothing to propose: no article, quotation, actor or outlet was found in these texts.");
            return;
        }
        foreach (var file in files)
        {
            var full = Path.Combine(drafts, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var display = paths.Display(full);
            var todo = file.Todo;
            var needs = todo.Count == 0 ? "" : $" — to fill in: {string.Join(", ", todo.Select(t => t.Key))}";
            if (File.Exists(full))
            {
                output.WriteLine(File.ReadAllText(full) == file.Text
                    ? $"Unchanged {display}"
                    : $"Kept {display}: a draft of that name is already there (delete it to draft it again)");
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write)) stream.Write(Utf8.GetBytes(file.Text));
            var adds = file.IsAddition ? $" (new reports for content/quotes/{Path.GetFileName(file.Path)[..^DraftFile.AdditionSuffix.Length]}.yml)" : "";
            output.WriteLine($"Wrote {display}{adds}{needs}");
        }
        output.WriteLine($"Review the files in {paths.Display(drafts)}/: delete what is wrong, fill in every TODO, then run `draft --apply` and `check`.");
        // A dossier started from nothing has no dossier.yml yet, and `check` will ask for one.
        var site = Path.Combine(paths.Content, "dossier.yml");
        if (!File.Exists(site)) output.WriteLine($"{paths.Display(site)} does not exist yet: create it with at least a 'title:' line (docs/content-model.md) before `check`.");
    }

    private static ExitCode Apply(SitePaths paths, string drafts, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(drafts))
        {
            error.WriteLine($"There is no drafts folder at {paths.Display(drafts)}/: run `draft <seed file>` first, or pass --drafts.");
            return ExitCode.BadUsage;
        }
        int moved = 0, added = 0, refused = 0;
        var files = Pending(drafts);
        foreach (var (kind, file) in files.Where(f => !f.File.EndsWith(DraftFile.AdditionSuffix, StringComparison.Ordinal)))
        {
            if (Move(paths, file, Path.Combine(paths.Content, kind.Folder), output, error)) moved++;
            else refused++;
        }
        // Reports are added once the new articles they name have moved.
        foreach (var (_, file) in files.Where(f => f.File.EndsWith(DraftFile.AdditionSuffix, StringComparison.Ordinal)))
        {
            if (AddReports(paths, file, output, error)) added++;
            else refused++;
        }
        output.WriteLine($"Moved {moved} file(s) into {paths.Display(paths.Content)}/, added reports to {added} quote(s)"
            + (refused > 0 ? $"; {refused} draft(s) left in {paths.Display(drafts)}/ (see above)." : ".")
            + (moved + added > 0 ? " Run `check` next." : ""));
        return refused > 0 ? ExitCode.ContentErrors : ExitCode.Success;
    }

    /// <summary>The drafts waiting in the folder (files in a kind's folder: new files and additions), by kind then name; `serve` lists the same.</summary>
    public static IReadOnlyList<(EntityKind Kind, string File)> Pending(string drafts) =>
        EntityKinds.All
            .Select(kind => (Kind: kind, Folder: Path.Combine(drafts, kind.Folder)))
            .Where(k => Directory.Exists(k.Folder))
            .SelectMany(k => Directory.EnumerateFiles(k.Folder, "*.yml").Order(StringComparer.Ordinal).Select(file => (k.Kind, file)))
            .ToArray();

    private static bool Move(SitePaths paths, string file, string folder, TextWriter output, TextWriter error)
    {
        var display = paths.Display(file);
        if (Unfilled(display, File.ReadAllText(file), error)) return false;
        var id = Path.GetFileNameWithoutExtension(file);
        if (!ContentLoader.IdShape().IsMatch(id))
        {
            error.WriteLine($"{display}: '{id}' is not a valid id, so it was not moved. Rename the file to lower-case words joined by '-'.");
            return false;
        }
        var target = Path.Combine(folder, id + ".yml");
        if (NewCommand.Existing(folder, id) is { } existing)
        {
            error.WriteLine($"{display}: {paths.Display(Path.Combine(folder, existing))} exists already, so it was not moved (nothing is overwritten). Merge the two by hand, or rename the draft.");
            return false;
        }
        Directory.CreateDirectory(folder);
        File.Move(file, target, overwrite: false);
        output.WriteLine($"Moved {display} to {paths.Display(target)}");
        return true;
    }

    private static bool AddReports(SitePaths paths, string file, TextWriter output, TextWriter error)
    {
        var display = paths.Display(file);
        var addition = File.ReadAllText(file);
        if (Unfilled(display, addition, error)) return false;
        var id = Path.GetFileName(file)[..^DraftFile.AdditionSuffix.Length];
        var target = Path.Combine(paths.Content, Quote.Definition.Folder, id + ".yml");
        if (!File.Exists(target))
        {
            error.WriteLine($"{display}: there is no {paths.Display(target)} to add its reports to, so it was left. Restore that quote, or make the draft a quote of its own.");
            return false;
        }
        // Bytes as they are (a byte order mark included): only the new lines may change.
        var before = Utf8.GetString(File.ReadAllBytes(target));
        var insertion = DraftApply.AddReports(before, addition);
        if (insertion.Text is not { } after)
        {
            error.WriteLine($"{display}: cannot add to {paths.Display(target)}: {insertion.Problem}. Copy its entries there by hand, then delete it.");
            return false;
        }
        File.WriteAllBytes(target, Utf8.GetBytes(after));
        File.Delete(file);
        output.WriteLine($"Added the reports in {display} to {paths.Display(target)}");
        return true;
    }

    /// <summary>Says which fields of a draft still read TODO, each at its line; true when there are any.</summary>
    private static bool Unfilled(string display, string text, TextWriter error)
    {
        var todo = DraftTodo.Find(text);
        foreach (var field in todo)
            error.WriteLine($"{display}({field.Line},1): '{field.Key}' is still TODO, so the file stays in the drafts folder. Fill it in: {field.Help}.");
        return todo.Count > 0;
    }
}
