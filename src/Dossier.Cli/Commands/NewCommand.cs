using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Editing;
using Dossier.Loading;
using Dossier.Model.Schema;

namespace Dossier.Cli.Commands;

/// <summary>`new &lt;kind&gt; &lt;id&gt;`: writes a starter file listing every key of the kind, never over an existing one.</summary>
public static partial class NewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create" };
        kind.AcceptOnlyFromAmong([.. EntityKinds.All.Select(k => k.Name)]);
        var id = new Argument<string>("id") { Description = "The new entity's id, lower-case words joined by '-', e.g. hassan-rouhani" };
        var content = new SiteOptions().Content;
        var command = new Command("new", $"Write a starter YAML file for a new {string.Join(", ", EntityKinds.All.Select(k => k.Name))}")
        {
            kind, id, content,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = Path.GetFullPath(parse.GetValue(content)!);
            var result = Write(parse.GetValue(kind)!, parse.GetValue(id)!, folder, out var message);
            (result == ExitCode.Success ? output : error).WriteLine(message);
            return (int)result;
        });
        return command;
    }

    /// <summary>Writes content/&lt;kind&gt;s/&lt;id&gt;.yml under the content folder; the message says what happened or why not.</summary>
    public static ExitCode Write(string kindName, string id, string contentFolder, out string message)
    {
        var kind = EntityKinds.Named(kindName) ?? throw new ArgumentOutOfRangeException(nameof(kindName), kindName, "Not a kind of entity.");
        if (!ContentLoader.IdShape().IsMatch(id))
        {
            message = $"'{id}' is not a valid id. Ids are lower-case letters and digits in words joined by '-', e.g. '{Slug(id)}'.";
            return ExitCode.BadUsage;
        }
        if (!Directory.Exists(contentFolder))
        {
            message = $"There is no content folder at '{contentFolder}'. Run the command from the dossier's folder, or pass --content.";
            return ExitCode.BadUsage;
        }
        var folder = Path.Combine(contentFolder, kind.Folder);
        var file = Path.Combine(folder, id + ".yml");
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace(Path.DirectorySeparatorChar, '/');
        if (Existing(folder, id) is { } existing)
        {
            message = $"The {kind.Name} '{id}' already exists ({existing}). Edit that file, or choose another id.";
            return ExitCode.BadUsage;
        }
        try
        {
            Directory.CreateDirectory(folder);
            // CreateNew: never overwrite, even if the file appeared since the check above.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(StarterFiles.For(kind, id)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            message = $"Could not write {display}: {e.Message}";
            return ExitCode.BadUsage;
        }
        message = $"Wrote {display}. Fill in the keys marked 'required', then run `check`.";
        return ExitCode.Success;
    }

    /// <summary>The file in <paramref name="folder"/> that already holds the id, if any (also used by `draft --apply`).</summary>
    internal static string? Existing(string folder, string id)
    {
        if (!Directory.Exists(folder)) return null;
        // The loader treats ids that differ only in case as the same id, and reads .yaml as well as .yml.
        return Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .FirstOrDefault(name => (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
                && string.Equals(Path.GetFileNameWithoutExtension(name), id, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();

    private static string Slug(string id) =>
        NotIdCharacters().Replace(id.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } slug ? slug : "hassan-rouhani";
}
