using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Editing;

/// <summary>
/// A string as a YAML value on one line: plain where YAML reads it back unchanged as that string, otherwise in
/// double quotes with the few escapes YAML needs. Plain is kept for what editors read most (names, ids, titles
/// without punctuation that YAML treats specially).
/// </summary>
public static partial class YamlScalar
{
    // Starts with a letter, digit or opening parenthesis, and holds nothing YAML gives a meaning: no ': ', no ' #',
    // no quotation mark at the start, no brackets or braces, no trailing colon or space.
    [GeneratedRegex(@"^[\p{L}\p{N}(][^\n\r\t\\""{}\[\]]*$")]
    private static partial Regex PlainShape();

    // Words YAML 1.1 readers may read as something other than a string, and the marker
    // drafted files use for a value to fill in: written in quotes so they stay strings.
    [GeneratedRegex(@"^(?i:true|false|yes|no|on|off|null|y|n)$|^TODO$|^[0-9][0-9:._+-]*$")]
    private static partial Regex Ambiguous();

    public static string Write(string value)
    {
        var plain = PlainShape().IsMatch(value) && !Ambiguous().IsMatch(value)
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && !value.EndsWith(' ');
        return plain ? value : Quoted(value);
    }

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
