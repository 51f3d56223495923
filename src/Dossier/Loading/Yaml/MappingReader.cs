using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Loading.Yaml;

/// <summary>
/// Reads typed values out of one YAML mapping, keeping each value's position. Reports unknown keys
/// (with the nearest known one), wrong types and missing required keys to the bag, and carries on
/// with a fallback so that one run finds every problem.
/// </summary>
public sealed class MappingReader
{
    private readonly MappingNode _node;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, Node> _values = new(StringComparer.Ordinal);

    public MappingReader(MappingNode node, string path, DiagnosticBag bag, IReadOnlyList<string> keys)
    {
        _node = node;
        _bag = bag;
        Path = path;
        foreach (var (keyNode, value) in node.Children)
        {
            var key = (keyNode as ScalarNode)?.Value ?? "";
            if (!keys.Contains(key))
            {
                bag.Error(DiagnosticCodes.UnknownKey, Span(keyNode), $"Unknown key '{key}'.",
                    Suggestions.DidYouMean(key, keys) ?? $"Known keys: {string.Join(", ", keys)}.");
                continue;
            }
            _values[key] = value;
        }
    }

    public string Path { get; }

    public SourceSpan Span() => Span(_node);

    public SourceSpan Span(Node node) => YamlFile.Span(Path, node);

    public SourceSpan SpanOf(string key) => _values.TryGetValue(key, out var node) ? Span(node) : Span();

    public Located<string>? LocatedText(string key) =>
        _values.TryGetValue(key, out var node) ? ScalarText(node, key) : null;

    public PartialDate? Date(string key)
    {
        if (LocatedText(key) is not { } text) return null;
        if (PartialDate.TryParse(text.Value, out var date)) return date;
        _bag.Error(DiagnosticCodes.InvalidDate, text.Span, $"'{text.Value}' is not a valid date for '{key}'.",
            "Write dates as YYYY-MM-DD, or YYYY-MM where only the month is known, e.g. 2020-01-08.");
        return null;
    }

    /// <summary>A text that must be one of a few words, e.g. an actor's kind; the word as listed, whatever its case in the file.</summary>
    public string? Choice(string key, IReadOnlyList<string> choices)
    {
        if (LocatedText(key) is not { } text) return null;
        if (choices.FirstOrDefault(c => string.Equals(c, text.Value, StringComparison.OrdinalIgnoreCase)) is { } choice) return choice;
        _bag.Error(DiagnosticCodes.InvalidValue, text.Span, $"'{text.Value}' is not a valid '{key}'.",
            Suggestions.DidYouMean(text.Value, choices) ?? $"Use one of: {string.Join(", ", choices)}.");
        return null;
    }

    /// <summary>Reports a required key that is missing or empty; nothing when it has a value.</summary>
    public void Require(string key)
    {
        if (!_values.TryGetValue(key, out var node)) Missing(key);
        else if (IsNull(node)) Empty(key, node);
    }

    /// <summary>A Markdown text whose links are all full addresses (<see cref="MarkdownLinks"/> says why).</summary>
    public Located<string>? Markdown(string key)
    {
        if (LocatedText(key) is not { } text) return null;
        if (MarkdownLinks.FirstRefused(text.Value) is { } link)
            _bag.Error(DiagnosticCodes.InvalidValue, text.Span, $"'{key}' links to '{link}', which is not a full http://, https:// or mailto: address.",
                "Write the full address, e.g. [the council](https://www.example.org/page), or leave the link out: a link to a page of this dossier would lead elsewhere from pages at another depth and from the EPUB.");
        return text;
    }

    /// <summary>An absolute http(s) URL; anything else (javascript:, relative paths) could not be linked safely.</summary>
    public string? Url(string key)
    {
        if (LocatedText(key) is not { } text) return null;
        if (Uri.TryCreate(text.Value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return text.Value;
        _bag.Error(DiagnosticCodes.InvalidValue, text.Span, $"'{key}' must be an absolute http:// or https:// URL.",
            "Write the full address as printed, e.g. https://www.example.org/page, or leave the key out.");
        return null;
    }

    /// <summary>Latitude and longitude in decimal degrees, "33.7986, 42.4411".</summary>
    public Coordinates? Coordinates(string key)
    {
        if (LocatedText(key) is not { } text) return null;
        if (Model.Coordinates.TryParse(text.Value, out var coordinates)) return coordinates;
        _bag.Error(DiagnosticCodes.InvalidValue, text.Span, $"'{text.Value}' are not coordinates.",
            "Write the latitude and the longitude in decimal degrees, separated by a comma, e.g. 33.2624, 44.2346 (south and west negative).");
        return null;
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>, "50".</summary>
    public int? Integer(string key, int minimum)
    {
        if (LocatedText(key) is not { } text) return null;
        if (int.TryParse(text.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= minimum)
            return number;
        _bag.Error(DiagnosticCodes.InvalidValue, text.Span, $"'{text.Value}' is not a valid '{key}'.",
            $"Write a whole number of at least {minimum}, e.g. 50, or leave the key out.");
        return null;
    }

    public IReadOnlyList<Located<string>> TextList(string key)
    {
        if (Sequence(key) is not { } sequence) return [];
        return sequence.Children.Select(item => ScalarText(item, key)).OfType<Located<string>>().ToArray();
    }

    /// <summary>A list of small mappings such as roles or reports, each read by its own reader.</summary>
    public IReadOnlyList<T> List<T>(string key, IReadOnlyList<string> keys, Func<MappingReader, T> read)
    {
        if (Sequence(key) is not { } sequence) return [];
        var items = new List<T>();
        foreach (var item in sequence.Children)
        {
            if (item is MappingNode mapping) items.Add(read(new MappingReader(mapping, Path, _bag, keys)));
            else WrongType(item, key, "an entry with keys", $"Write each item as '- {keys[0]}: ...' with its other keys indented below it.");
        }
        return items;
    }

    public T? Mapping<T>(string key, IReadOnlyList<string> keys, Func<MappingReader, T> read) where T : class
    {
        if (!_values.TryGetValue(key, out var node) || IsNull(node)) return null;
        if (node is MappingNode mapping) return read(new MappingReader(mapping, Path, _bag, keys));
        WrongType(node, key, "a group of keys", $"Indent its keys ({string.Join(", ", keys)}) on the lines below '{key}:'.");
        return null;
    }

    private SequenceNode? Sequence(string key)
    {
        if (!_values.TryGetValue(key, out var node) || IsNull(node)) return null;
        if (node is SequenceNode sequence) return sequence;
        WrongType(node, key, "a list", $"Write each item on its own line starting with '- ', or [a, b] on one line.");
        return null;
    }

    private Located<string>? ScalarText(Node node, string key)
    {
        if (node is ScalarNode scalar)
        {
            if (IsNull(scalar)) return null;
            return new Located<string>(scalar.Value, Span(node));
        }
        WrongType(node, key, "a text", "Write the value on the same line after the colon; put it in double quotes if it contains ': ' or starts with a special character.");
        return null;
    }

    private void WrongType(Node node, string key, string expected, string hint)
    {
        var found = node switch
        {
            SequenceNode => "a list",
            MappingNode => "a group of keys",
            _ => "a text",
        };
        _bag.Error(DiagnosticCodes.WrongType, Span(node), $"'{key}' must be {expected}, not {found}.", hint);
    }

    private void Missing(string key) =>
        _bag.Error(DiagnosticCodes.MissingKey, Span(), $"Required key '{key}' is missing.", $"Add a line '{key}: ...'.");

    private void Empty(string key, Node node) =>
        _bag.Error(DiagnosticCodes.MissingKey, Span(node), $"Required key '{key}' is empty.", $"Write its value after '{key}: '.");

    // An empty or blank text says nothing: it counts as absent, so a required key left as "" is reported.
    private static bool IsNull(Node node) =>
        node is ScalarNode { Plain: true, Value: "~" or "null" } || node is ScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value);
}
