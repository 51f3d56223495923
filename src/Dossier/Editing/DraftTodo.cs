using System.Text.RegularExpressions;

namespace Dossier.Editing;

/// <summary>
/// The fields of a drafted file still waiting for an editor. A drafted file writes such a field as <c>key: TODO</c>
/// (or <c>key: [TODO]</c>), which `check` refuses as a date, an id or a kind, or, for required text, leaves the value
/// empty with a comment starting "TODO", which `check` refuses as missing. Either way the field counts as filled once
/// the value is replaced (or the line deleted), whatever the comment still says.
/// </summary>
public static partial class DraftTodo
{
    public const string Marker = "TODO";

    /// <summary>A field to fill in: its 1-based line, its key, and what the comment asks for.</summary>
    public sealed record Field(int Line, string Key, string Help);

    // key: value  # comment — the value never holds " #" in drafted files, which quote such values.
    [GeneratedRegex(@"^\s*(?:-\s+)?([A-Za-z_]+):[ \t]*(.*?)[ \t]*(?:(?<=^|\s)#[ \t]*(.*))?$")]
    private static partial Regex KeyLine();

    public static IReadOnlyList<Field> Find(string text)
    {
        var fields = new List<Field>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith('#')) continue;
            var match = KeyLine().Match(lines[i].TrimEnd('\r'));
            if (!match.Success) continue;
            var value = match.Groups[2].Value;
            var comment = match.Groups[3].Value;
            var unfilled = value is Marker or "[" + Marker + "]"
                || (value.Length == 0 && comment.StartsWith(Marker, StringComparison.Ordinal));
            if (unfilled) fields.Add(new Field(i + 1, match.Groups[1].Value, Help(comment)));
        }
        return fields;
    }

    /// <summary>The value and comment of a field to fill in, as drafted files write it.</summary>
    public static string Line(string key, string help, bool list = false, bool empty = false) =>
        $"{key}: {(empty ? "" : list ? "[" + Marker + "]" : Marker)}  # {Marker}: {help}";

    private static string Help(string comment) =>
        comment.StartsWith(Marker, StringComparison.Ordinal) ? comment[Marker.Length..].TrimStart(':', ' ') : comment;
}
