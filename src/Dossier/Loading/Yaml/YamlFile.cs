using Dossier.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dossier.Loading.Yaml;

/// <summary>Parses one YAML file into its root mapping, turning YamlDotNet's exceptions into diagnostics with a plain-words hint.</summary>
public static class YamlFile
{
    public static YamlMappingNode? ParseMapping(string text, string path, DiagnosticBag bag)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line);
            var column = (int)Math.Max(1, e.Start.Column);
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, line, column),
                $"YAML syntax error: {Describe(e)}", HintFor(e, text, line));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            bag.Error(DiagnosticCodes.MissingKey, SourceSpan.File(path), "The file is empty.",
                "Start from 'dossier new <kind> <id>' or copy a file of the same kind.");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, Span(path, stream.Documents[1].RootNode), "The file holds more than one YAML document.",
                "Remove the '---' line: one file describes one entity.");
        }
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
        bag.Error(DiagnosticCodes.WrongType, Span(path, stream.Documents[0].RootNode),
            "The file must be a set of 'key: value' lines.", "Each line should look like 'name: Hassan Rouhani'.");
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

    private static string? HintFor(YamlException e, string text, int line)
    {
        var lines = text.Split('\n');
        var lineText = line - 1 < lines.Length ? lines[line - 1] : "";
        var previous = line - 2 >= 0 && line - 2 < lines.Length ? lines[line - 2] : "";
        var message = e.Message + " " + e.InnerException?.Message;
        if (lineText.Contains('\t') || previous.Contains('\t'))
            return "YAML does not allow tabs: indent with spaces.";
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return "A quoted text is not closed: check that every opening quote has its closing quote, and write a quote inside double quotes as \\\".";
        if (message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "A ': ' inside a value starts a new key: put the whole value in double quotes.";
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return "Each key may appear once: remove or merge the repeated one.";
        if (message.Contains("alias", StringComparison.OrdinalIgnoreCase))
            return "'*' starts a YAML alias: put the value in double quotes.";
        return "Check the indentation: items of a list start with '- ' at the same column, and keys of one entry line up.";
    }
}
