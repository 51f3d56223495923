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
                for (var i = 0; i < key.Minimum; i++) Entry(text, key.Shape!, commented: false, explained: i == 0);
                break;
            case KeyType.Items:
                Line(text, $"{key.Name}:", help + " (delete the '#' of the lines below, copy them for more)");
                Entry(text, key.Shape!, commented: true, explained: true);
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

    /// <summary>One entry of a list: its required keys as lines to fill in, the others commented out.</summary>
    private static void Entry(StringBuilder text, Shape shape, bool commented, bool explained)
    {
        var first = true;
        foreach (var key in shape.Keys)
        {
            if (!explained && !key.Required) continue;
            var off = commented || !key.Required;
            var indent = first ? "- " : "  ";
            var line = off ? $"#  {indent}{key.Name}:" : $"  {indent}{key.Name}:";
            if (explained) Line(text, line, "  " + Explained(key));
            else text.Append(line).Append('\n');
            first = false;
        }
    }

    private static string Explained(Key key) => (key.Required ? "required in each entry: " : "") + key.Help;

    private static void Line(StringBuilder text, string line, string help) =>
        text.Append(line.PadRight(CommentColumn - 1)).Append(" # ").Append(help).Append('\n');
}
