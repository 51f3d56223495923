using System.Collections;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Loading.Yaml;

/// <summary>Reads one YAML mapping by the keys of its shape: each value typed as its key says, every problem reported.</summary>
public static class ShapeReader
{
    /// <summary>The values in the order of the shape's keys: null, or an empty list, where the file leaves a key out.</summary>
    public static object?[] Read(Shape shape, MappingReader yaml, DiagnosticBag bag)
    {
        var values = new object?[shape.Keys.Count];
        foreach (var key in shape.Keys)
        {
            if (key.Required && key.Type is not KeyType.Items) yaml.Require(key.Name);
            values[key.Index] = Value(key, yaml, bag);
        }
        return values;
    }

    private static object? Value(Key key, MappingReader yaml, DiagnosticBag bag)
    {
        switch (key.Type)
        {
            case KeyType.Text:
                var text = yaml.LocatedText(key.Name);
                return key.Located ? text : text?.Value;
            case KeyType.Markdown:
                var markdown = yaml.Markdown(key.Name);
                return key.Located ? markdown : markdown?.Value;
            case KeyType.Date:
                return yaml.Date(key.Name);
            case KeyType.Choice:
                return yaml.Choice(key.Name, key.Choices);
            case KeyType.Url:
                return yaml.Url(key.Name);
            case KeyType.Coordinates:
                return yaml.Coordinates(key.Name);
            case KeyType.Integer:
                return yaml.Integer(key.Name, key.Minimum);
            case KeyType.Texts:
                return yaml.TextList(key.Name);
            case KeyType.Reference:
                // A required reference left out is reported above and kept as one that names nothing, so the rest can be checked.
                if (yaml.LocatedText(key.Name) is { } id) return key.NewReference(id.Value, id.Span);
                return key.Required ? key.NewReference("", yaml.Span()) : null;
            case KeyType.References:
                var references = key.NewList();
                foreach (var item in yaml.TextList(key.Name)) references.Add(key.NewReference(item.Value, item.Span));
                return references;
            case KeyType.Items:
                var shape = key.Shape!;
                var items = key.NewList();
                foreach (var item in yaml.List(key.Name, shape.KeyNames, entry => shape.CreateItem(Read(shape, entry, bag), entry.Span()))) items.Add(item);
                if (items.Count < key.Minimum && key.TooFew is var (message, hint)) bag.Error(DiagnosticCodes.MissingKey, yaml.SpanOf(key.Name), message, hint);
                return items;
            case KeyType.Item:
                var itemShape = key.Shape!;
                return yaml.Mapping(key.Name, itemShape.KeyNames, entry => itemShape.CreateItem(Read(itemShape, entry, bag), entry.Span()));
            default:
                throw new InvalidOperationException($"No reader for {key.Type}.");
        }
    }
}
