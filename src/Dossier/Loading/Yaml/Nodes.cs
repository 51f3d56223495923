namespace Dossier.Loading.Yaml;

/// <summary>A value of a YAML file as the loader reads it (<see cref="YamlFile"/>), with where it starts, counted from 1.</summary>
public abstract class Node(int line, int column)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>A text. <paramref name="plain"/>: written without quotes or a tag, where "~" and "null" mean no value.</summary>
public sealed class ScalarNode(string value, bool plain, int line, int column) : Node(line, column)
{
    public string Value { get; } = value;
    public bool Plain { get; } = plain;
}

/// <summary>Keys with their values, in the file's order; no key twice.</summary>
public sealed class MappingNode(int line, int column) : Node(line, column)
{
    internal List<KeyValuePair<Node, Node>> Pairs { get; } = [];
    public IReadOnlyList<KeyValuePair<Node, Node>> Children => Pairs;
}

/// <summary>A list, in the file's order.</summary>
public sealed class SequenceNode(int line, int column) : Node(line, column)
{
    internal List<Node> Items { get; } = [];
    public IReadOnlyList<Node> Children => Items;
}
