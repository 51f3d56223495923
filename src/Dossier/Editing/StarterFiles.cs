using System.Text;
using Dossier.Model.Schema;

namespace Dossier.Editing;

/// <summary>
/// The starter YAML that `new` writes for each kind, made from the kind's keys: every key the loader accepts, each
/// with its one-line help. Required values are left empty so that `check` names each one until it is filled in;
/// optional ones may stay empty (empty means "not stated"). Optional entries are commented out: deleting the '#'
/// leaves them correctly indented.
/// </summary>
public static class StarterFiles
{
    private const int CommentColumn = 24;

    /// <summary>The path of the kind's JSON Schema as the yaml-language-server line writes it, relative to content/&lt;kind&gt;s/.</summary>
    public static string SchemaComment(EntityKind kind) => $"# yaml-language-server: $schema=../../{YamlSchemas.Folder}/{YamlSchemas.FileName(kind.Name)}";

    public static string For(EntityKind kind, string id)
    {
        var text = new StringBuilder();
        text.Append(SchemaComment(kind)).Append('\n');
        text.Append($"# The {kind.Name} '{id}' (its id is the file name). Fill in what the source text supports and leave the rest\n");
        text.Append("# empty: the site shows \"not stated\". Run `check` to see what is still missing.\n\n");
        foreach (var key in kind.Keys) Key(text, key);
        text.Append('\n');
        return text.ToString();
    }

    private static void Key(StringBuilder text, Key key)
    {
        var help = (key.Required ? "required: " : "") + key.Help;
        switch (key.Type)
        {
            case KeyType.Texts or KeyType.References:
                Line(text, $"{key.Name}: []", help);
                break;
            case KeyType.Items when key.Minimum > 0:
                Line(text, $"{key.Name}:", help);
                for (var i = 0; i < key.Minimum; i++) Entry(text, key.Shape!, commented: false, explained: i == 0, depth: 1);
                break;
            case KeyType.Items:
                Line(text, $"{key.Name}:", help + " (delete the '#' of the lines below, copy them for more)");
                Entry(text, key.Shape!, commented: true, explained: true, depth: 1);
                break;
            case KeyType.Item:
                Line(text, $"{key.Name}:", help + " (delete the '#' of the lines below)");
                foreach (var inner in key.Shape!.Keys) Line(text, $"#  {inner.Name}:", "  " + Explained(inner));
                break;
            default:
                Line(text, $"{key.Name}:", help);
                break;
        }
    }

    /// <summary>
    /// One entry of a list: its required keys as lines to fill in, the others commented out. A list inside the entry
    /// (an answer's claimants) gets its own entries, one level further in (<paramref name="depth"/>).
    /// </summary>
    private static void Entry(StringBuilder text, Shape shape, bool commented, bool explained, int depth)
    {
        var lead = new string(' ', 4 * depth - 2);
        // In an entry to fill in, the required keys come first, so the '- ' stands on a line that is not commented out.
        var keys = commented ? shape.Keys : shape.Keys.OrderBy(k => k.Required || k.Minimum > 0 ? 0 : 1).ToArray();
        var first = true;
        foreach (var key in keys)
        {
            var required = key.Required || key.Minimum > 0;
            if (!explained && !required) continue;
            var off = commented || !required;
            var line = $"{(off ? "#" : "")}{lead}{(first ? "- " : "  ")}{key.Name}:";
            if (explained) Line(text, line, new string(' ', 2 * depth) + Explained(key));
            else text.Append(line).Append('\n');
            first = false;
            if (key.Type == KeyType.Items && required)
            {
                for (var i = 0; i < key.Minimum; i++) Entry(text, key.Shape!, off, explained && i == 0, depth + 1);
            }
        }
    }

    private static string Explained(Key key) => (key.Required ? "required in each entry: " : "") + key.Help;

    private static void Line(StringBuilder text, string line, string help) =>
        text.Append(line.PadRight(CommentColumn - 1)).Append(" # ").Append(help).Append('\n');
}
