using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Text;
using SharpYaml;
using SharpYaml.Events;

namespace Dossier.Loading.Yaml;

/// <summary>Parses one YAML file into its root mapping, turning the parser's exceptions into diagnostics with a plain-words hint.</summary>
public static partial class YamlFile
{
    /// <summary>Deeper than any entity needs: a file nested further is a mistake, or made to be one.</summary>
    public const int MaxDepth = 64;

    /// <summary>The file's root mapping, from its text as <see cref="InputFile.ReadText"/> gives it (checked for refused characters).</summary>
    public static MappingNode? ParseMapping(string text, string path, DiagnosticBag bag)
    {
        Node? root;
        try
        {
            if (!Read(text, path, bag, out root)) return null;
        }
        catch (YamlException e)
        {
            var (message, hint, line, column) = Explain(e, text);
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, line, column), message, hint);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A parser may fail this way on some malformed input instead of raising a YamlException.
            bag.Error(DiagnosticCodes.YamlSyntax, SourceSpan.File(path), "YAML syntax error: the file could not be read as YAML.",
                "Check quotes, brackets and the characters ':', '#', '&', '*' and '`' at the start of values; put such values in double quotes.");
            return null;
        }
        if (root is null or ScalarNode { Value: "" })
        {
            bag.Error(DiagnosticCodes.MissingKey, SourceSpan.File(path), "The file is empty.",
                "Start from 'dotnet run --project src/Dossier.Cli -- new <kind> <id>' or copy a file of the same kind.");
            return null;
        }
        // A double-quoted value can write any character as an escape ("\x1B", "\uFFFF"), past the check of the file's text
        // (InputFile.ReadText refuses a text holding one); without a backslash, a value holds only characters of the text.
        if (text.Contains('\\') && Refused(root) is { } scalar)
        {
            var character = scalar.Value[XmlCharacters.FirstRefused(scalar.Value)];
            bag.Error(DiagnosticCodes.NotText, Span(path, scalar), $"The value holds the character U+{(int)character:X4}, which no page, feed or book can show.",
                "Delete its escape from between the quotes.");
            return null;
        }
        if (root is MappingNode mapping) return mapping;
        bag.Error(DiagnosticCodes.WrongType, Span(path, root),
            "The file must be a set of 'key: value' lines.", "Each line should look like 'name: Hassan Rouhani'.");
        return null;
    }

    /// <summary>A list or mapping being read, with the key waiting for its value and the keys seen so far.</summary>
    private sealed class Open(Node node, string? anchor)
    {
        public Node Node { get; } = node;
        public string? Anchor { get; } = anchor;
        public Node? Key { get; set; }

        // Made for mappings only, when their first key comes: most containers of a dossier's files are lists.
        public HashSet<string> Keys => _keys ??= new(StringComparer.Ordinal);
        private HashSet<string>? _keys;
    }

    /// <summary>
    /// The first document's values, built from the parser's events, with what the events alone do not catch reported:
    /// a repeated key, an alias that names no anchor, nesting past <see cref="MaxDepth"/>, a second document. False
    /// when the file cannot be read on. Nothing here recurses, so no file is too deep to be read this far.
    /// </summary>
    private static bool Read(string text, string path, DiagnosticBag bag, out Node? root)
    {
        Node? first = null;
        var parser = Parser.CreateParser(new StringReader(text));
        var anchors = new Dictionary<string, Node>(StringComparer.Ordinal);
        var open = new Stack<Open>();
        var documents = 0;
        var read = true;
        while (read && parser.MoveNext())
        {
            var current = parser.Current!;
            var (line, column) = Position(current.Start);
            switch (current)
            {
                case DocumentStart when ++documents > 1:
                    // Where the second document's first value starts is where an editor sees it begin.
                    var second = parser.MoveNext() ? parser.Current!.Start : current.Start;
                    bag.Error(DiagnosticCodes.YamlSyntax, Span(path, second), "The file holds more than one YAML document.",
                        "Remove the '---' line: one file describes one entity.");
                    root = first;
                    return true;
                case Scalar scalar:
                    var node = new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain && string.IsNullOrEmpty(scalar.Tag), line, column);
                    if (!string.IsNullOrEmpty(scalar.Anchor)) anchors[scalar.Anchor] = node;
                    read = Attach(node, current.Start);
                    break;
                case AnchorAlias alias when anchors.TryGetValue(alias.Value, out var named):
                    read = Attach(named, current.Start);
                    break;
                case AnchorAlias alias:
                    bag.Error(DiagnosticCodes.YamlSyntax, Span(path, current.Start), $"YAML syntax error: '*{alias.Value}' refers to a value named '&{alias.Value}', and there is none.",
                        "'*' starts a YAML alias: put the value in double quotes.");
                    read = false;
                    break;
                case MappingStart or SequenceStart when open.Count == MaxDepth:
                    bag.Error(DiagnosticCodes.YamlSyntax, Span(path, current.Start),
                        $"YAML syntax error: values are nested more than {MaxDepth} levels deep.", "No entity needs this: check the brackets and the indentation.");
                    read = false;
                    break;
                case MappingStart or SequenceStart:
                    Node container = current is MappingStart ? new MappingNode(line, column) : new SequenceNode(line, column);
                    read = Attach(container, current.Start);
                    open.Push(new Open(container, ((NodeEvent)current).Anchor));
                    break;
                case MappingEnd or SequenceEnd:
                    // A list or mapping takes its anchor's name once whole: an alias inside it to itself would make it endless.
                    var closed = open.Pop();
                    if (!string.IsNullOrEmpty(closed.Anchor)) anchors[closed.Anchor] = closed.Node;
                    break;
            }
        }
        root = first;
        return read;

        bool Attach(Node node, Mark at)
        {
            if (!open.TryPeek(out var parent))
            {
                first = node;
                return true;
            }
            if (parent.Node is SequenceNode sequence)
            {
                sequence.Items.Add(node);
                return true;
            }
            if (parent.Key is { } key)
            {
                ((MappingNode)parent.Node).Pairs.Add(new(key, node));
                parent.Key = null;
                return true;
            }
            if (node is ScalarNode { Value: var name } && !parent.Keys.Add(name))
            {
                bag.Error(DiagnosticCodes.YamlSyntax, Span(path, at), $"YAML syntax error: the key '{name}' is given twice.",
                    "Each key may appear once: remove or merge the repeated one.");
                return false;
            }
            parent.Key = node;
            return true;
        }
    }

    /// <summary>
    /// The first key or value, in the file's order, holding a character XML cannot hold. Each node is looked at once:
    /// aliases make the same node appear many times (a thousand times a thousand, in a file made to be large).
    /// </summary>
    private static ScalarNode? Refused(Node root)
    {
        var seen = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        var waiting = new Stack<Node>([root]);
        while (waiting.TryPop(out var node))
        {
            if (!seen.Add(node)) continue;
            switch (node)
            {
                case ScalarNode scalar when XmlCharacters.FirstRefused(scalar.Value) >= 0:
                    return scalar;
                case MappingNode mapping:
                    for (var i = mapping.Children.Count - 1; i >= 0; i--)
                    {
                        waiting.Push(mapping.Children[i].Value);
                        waiting.Push(mapping.Children[i].Key);
                    }
                    break;
                case SequenceNode sequence:
                    for (var i = sequence.Children.Count - 1; i >= 0; i--) waiting.Push(sequence.Children[i]);
                    break;
            }
        }
        return null;
    }

    public static SourceSpan Span(string path, Node node) => new(path, node.Line, node.Column);

    private static SourceSpan Span(string path, Mark mark)
    {
        var (line, column) = Position(mark);
        return new(path, line, column);
    }

    // The parser counts lines and columns from 0.
    private static (int Line, int Column) Position(Mark mark) => (mark.Line + 1, mark.Column + 1);

    // Some of the parser's messages carry a slip of English ("While scanning ..., find unexpected end of stream"); editors
    // read them, so they are put right.
    private static readonly (string Slip, string Meant)[] Slips =
        [(", find ", ", found "), ("intendation", "indentation"), ("uknown", "unknown"), ("hexdecimal", "hexadecimal"), (",  ", ", ")];

    // The parser's messages start with "(Lin: 2, Col: 6, Chr: ..) - (...): "; the position is already in the span.
    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        foreach (var (slip, meant) in Slips) message = message.Replace(slip, meant, StringComparison.Ordinal);
        return message.TrimEnd('.') + ".";
    }

    /// <summary>
    /// The message, a hint in plain words, and the position to show where the parser's own would mislead. A tab gets
    /// a plain explanation instead of the parser's words, which name a rule of YAML's grammar rather than the fix.
    /// </summary>
    private static (string Message, string Hint, int Line, int Column) Explain(YamlException e, string text)
    {
        var (line, column) = Position(e.Start);
        var lines = text.Split('\n');
        var message = e.Message + " " + e.InnerException?.Message;
        var said = $"YAML syntax error: {Describe(e)}";

        // A tab is often reported on the line before it; the first line indented with a tab is the one to fix.
        var tabbed = Array.FindIndex(lines, l => l.Length > l.TrimStart().Length && l[..(l.Length - l.TrimStart().Length)].Contains('\t'));
        if (tabbed >= 0 && (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || Math.Abs(tabbed + 1 - line) <= 1))
            return ("A tab character indents this line; YAML indents with spaces only.", "Replace the tab with spaces.", tabbed + 1, lines[tabbed].IndexOf('\t') + 1);
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || At(lines, line, column) == '\t')
            return ("A tab character is out of place on this line; YAML allows only spaces here.", "Replace the tab with spaces.", line, column);
        if (UnclosedQuote(lines, line) is var (quoteLine, quoteColumn))
            return ("YAML syntax error: the quoted text that opens here is not closed on its line.", QuoteHint, quoteLine, quoteColumn);
        if (KeyWithoutSpace(lines, line) is var (keyLine, keyColumn, key))
            return ($"YAML syntax error: '{key}:' is not followed by a space, so YAML reads the whole line as one text.", "Put a space after the ':'.", keyLine, keyColumn);
        if (message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
            return (said, "A '[' or '{' is not closed where it should be: close a list written on one line on that line, e.g. aliases: [Lima, Ana Lima].", line, column);
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return (said, QuoteHint, line, column);
        if (message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return (said, "A ': ' inside a value starts a new key: put the whole value in double quotes.", line, column);
        if (message.Contains("anchor", StringComparison.OrdinalIgnoreCase) || message.Contains("alias", StringComparison.OrdinalIgnoreCase))
            return (said, "'*' starts a YAML alias and '&' an anchor: put a value starting with either in double quotes.", line, column);
        return (said, "Check the indentation: items of a list start with '- ' at the same column, and keys of one entry line up.", line, column);
    }

    private static char At(string[] lines, int line, int column) =>
        line <= lines.Length && column <= lines[line - 1].Length ? lines[line - 1][column - 1] : '\0';

    private const string QuoteHint = "A quoted text is not closed: check that every opening quote has its closing quote, and write a quote inside double quotes as \\\".";

    /// <summary>
    /// Where, at or before the line the parser stopped on, a value opens with a quote that its line does not close while
    /// the next line is indented no further than this one: the way a forgotten closing quote shows. The parser reads on
    /// to wherever the next quote happens to be and stops there, lines below the mistake. Lines of block texts ('|', '>')
    /// are prose, not values, and are passed over.
    /// </summary>
    private static (int Line, int Column)? UnclosedQuote(string[] lines, int stopped)
    {
        var blockKeyIndent = -1;
        for (var i = 0; i < Math.Min(stopped, lines.Length - 1); i++)
        {
            var line = lines[i];
            var indent = Indent(line);
            if (blockKeyIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockKeyIndent) continue;
                blockKeyIndent = -1;
            }
            if (BlockText().IsMatch(line))
            {
                blockKeyIndent = indent;
                continue;
            }
            if (QuotedValue().Match(line) is not { Success: true } match) continue;
            var quote = match.Groups["quote"];
            var next = lines[i + 1];
            if (next.Trim().Length > 0 && Indent(next) <= indent && !Closes(line.AsSpan(quote.Index + 1), quote.Value[0])) return (i + 1, quote.Index + 1);
        }
        return null;
    }

    /// <summary>
    /// The line the parser stopped on, or the one before it, when it is written "key:value": without the space, YAML
    /// reads it as a text rather than a key and its value, and the parser stops on it or on the line after it.
    /// </summary>
    private static (int Line, int Column, string Key)? KeyWithoutSpace(string[] lines, int stopped)
    {
        var looked = 0;
        for (var i = Math.Min(stopped, lines.Length) - 1; i >= 0 && looked < 2; i--)
        {
            if (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#')) continue;
            looked++;
            if (KeyThenText().Match(lines[i]) is { Success: true } match) return (i + 1, match.Groups["key"].Index + 1, match.Groups["key"].Value);
        }
        return null;
    }

    /// <summary>"kind:person": a key of lower-case letters, digits and '_', a colon, then text with no space between.</summary>
    [GeneratedRegex(@"^ *(?:- +)?(?<key>[a-z_][a-z0-9_]*):[^\s/]")]
    private static partial Regex KeyThenText();

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>Whether the rest of a line closes a quoted text: a '"' not escaped by '\\', or a "'" not doubled.</summary>
    private static bool Closes(ReadOnlySpan<char> rest, char quote)
    {
        for (var i = 0; i < rest.Length; i++)
        {
            if (quote == '"' && rest[i] == '\\')
            {
                i++;
                continue;
            }
            if (rest[i] != quote) continue;
            // In single quotes, '' writes one quote.
            if (quote == '\'' && i + 1 < rest.Length && rest[i + 1] == '\'')
            {
                i++;
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>A line whose value (after "key: ", "- " or both) opens with a quote.</summary>
    [GeneratedRegex(@"^ *(?:- +)?(?:[^\s""'#-][^""'#]*?: +)?(?<quote>[""'])")]
    private static partial Regex QuotedValue();

    /// <summary>A line whose value is a block text: "summary: |", "note: >-", "- |".</summary>
    [GeneratedRegex(@"^ *(?:- +)?(?:[^\s""'#-][^""'#]*?: +)?[|>][-+0-9]*\s*(?:#.*)?$")]
    private static partial Regex BlockText();
}
