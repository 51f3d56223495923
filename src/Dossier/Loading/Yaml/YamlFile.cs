using Dossier.Diagnostics;
using Dossier.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dossier.Loading.Yaml;

/// <summary>Parses one YAML file into its root mapping, turning YamlDotNet's exceptions into diagnostics with a plain-words hint.</summary>
public static class YamlFile
{
    /// <summary>Deeper than any entity needs; YamlDotNet builds nodes recursively, so far deeper would overflow the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The file's root mapping, from its text as <see cref="InputFile.ReadText"/> gives it (checked for refused characters).</summary>
    public static YamlMappingNode? ParseMapping(string text, string path, DiagnosticBag bag)
    {
        var stream = new YamlStream();
        try
        {
            if (MayBeDeep(text) && TooDeep(text) is { } deep)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, (int)deep.Line, (int)deep.Column),
                    $"YAML syntax error: values are nested more than {MaxDepth} levels deep.", "No entity needs this: check the brackets and the indentation.");
                return null;
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var (message, hint, line, column) = Explain(e, text);
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, line, column), message, hint);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner fails this way on some malformed input instead of raising a YamlException.
            bag.Error(DiagnosticCodes.YamlSyntax, SourceSpan.File(path), "YAML syntax error: the file could not be read as YAML.",
                "Check quotes, brackets and the characters ':', '#', '&', '*' and '`' at the start of values; put such values in double quotes.");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            bag.Error(DiagnosticCodes.MissingKey, SourceSpan.File(path), "The file is empty.",
                "Start from 'dotnet run --project src/Dossier.Cli -- new <kind> <id>' or copy a file of the same kind.");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, Span(path, stream.Documents[1].RootNode), "The file holds more than one YAML document.",
                "Remove the '---' line: one file describes one entity.");
        }
        // A double-quoted value can write any character as an escape ("\x1B", "\uFFFF"), past the check of the file's text
        // (InputFile.ReadText refuses a text holding one); without a backslash, a value holds only characters of the text.
        if (text.Contains('\\') && Refused(stream.Documents[0].RootNode) is { } scalar)
        {
            var character = scalar.Value![XmlCharacters.FirstRefused(scalar.Value)];
            bag.Error(DiagnosticCodes.NotText, Span(path, scalar), $"The value holds the character U+{(int)character:X4}, which no page, feed or book can show.",
                "Delete its escape from between the quotes.");
            return null;
        }
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
        bag.Error(DiagnosticCodes.WrongType, Span(path, stream.Documents[0].RootNode),
            "The file must be a set of 'key: value' lines.", "Each line should look like 'name: Hassan Rouhani'.");
        return null;
    }

    /// <summary>
    /// The first key or value, in the file's order, holding a character XML cannot hold. Each node is looked at once:
    /// aliases make the same node appear many times (a thousand times a thousand, in a file made to be large).
    /// </summary>
    private static YamlScalarNode? Refused(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var waiting = new Stack<YamlNode>([root]);
        while (waiting.TryPop(out var node))
        {
            if (!seen.Add(node)) continue;
            switch (node)
            {
                case YamlScalarNode { Value: { } value } scalar when XmlCharacters.FirstRefused(value) >= 0:
                    return scalar;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children.Reverse())
                    {
                        waiting.Push(value);
                        waiting.Push(key);
                    }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children.Reverse()) waiting.Push(item);
                    break;
            }
        }
        return null;
    }

    public static SourceSpan Span(string path, YamlNode node) =>
        new(path, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    // YamlDotNet's messages start with "(Line: 3, Col: 7, Idx: ..) - (...): "; the position is already in the span.
    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.') + ".";
    }

    // Only a file with many brackets or deep indentation can be too deep; the others skip the extra pass.
    private static bool MayBeDeep(string text) =>
        text.AsSpan().Count('[') + text.AsSpan().Count('{') > MaxDepth || text.Contains(DeepIndent, StringComparison.Ordinal);

    private static readonly string DeepIndent = new(' ', 2 * MaxDepth);

    /// <summary>Walks the parser's events, which needs no recursion, to find where nesting passes the limit.</summary>
    private static Mark? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth) return parser.Current.Start;
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// The message, a hint in plain words, and the position to show where YamlDotNet's own would mislead. A tab gets
    /// a plain explanation instead of the parser's words, which name a rule of YAML's grammar rather than the fix.
    /// </summary>
    private static (string Message, string Hint, int Line, int Column) Explain(YamlException e, string text)
    {
        var line = (int)Math.Max(1, e.Start.Line);
        var column = (int)Math.Max(1, e.Start.Column);
        var lines = text.Split('\n');
        var message = e.Message + " " + e.InnerException?.Message;
        var said = $"YAML syntax error: {Describe(e)}";

        // YamlDotNet often reports a tab on the line before it; the first line indented with a tab is the one to fix.
        var tabbed = Array.FindIndex(lines, l => l.Length > l.TrimStart().Length && l[..(l.Length - l.TrimStart().Length)].Contains('\t'));
        if (tabbed >= 0 && (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || Math.Abs(tabbed + 1 - line) <= 1))
            return ("A tab character indents this line; YAML indents with spaces only.", "Replace the tab with spaces.", tabbed + 1, lines[tabbed].IndexOf('\t') + 1);
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return ("A tab character is out of place on this line; YAML allows only spaces here.", "Replace the tab with spaces.", line, column);
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return (said, "A quoted text is not closed: check that every opening quote has its closing quote, and write a quote inside double quotes as \\\".", line, column);
        if (message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase) || message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return (said, "A ': ' inside a value starts a new key: put the whole value in double quotes.", line, column);
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return (said, "Each key may appear once: remove or merge the repeated one.", line, column);
        if (message.Contains("anchor", StringComparison.OrdinalIgnoreCase) || message.Contains("alias", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet places an unknown alias at (1,1); the '*' that starts it is what the editor must quote.
            for (var i = 0; i < lines.Length; i++)
            {
                var alias = System.Text.RegularExpressions.Regex.Match(lines[i], @":\s+(\*)");
                if (alias.Success) return (said, "'*' starts a YAML alias: put the value in double quotes.", i + 1, alias.Groups[1].Index + 1);
            }
            return (said, "'*' starts a YAML alias: put the value in double quotes.", line, column);
        }
        return (said, "Check the indentation: items of a list start with '- ' at the same column, and keys of one entry line up.", line, column);
    }
}
