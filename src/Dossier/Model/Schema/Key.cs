namespace Dossier.Model.Schema;

/// <summary>
/// A key of a YAML file: its name, what it holds, whether it must be there, and the line that explains it (in
/// starter files and JSON Schemas). Keys are declared once, in their entity's definition; the loader, the checks,
/// the schemas, the starter files and dossier.json all work from them.
/// </summary>
public abstract class Key
{
    private protected Key(string name, KeyType type, string help, bool required)
    {
        Name = name;
        Type = type;
        Help = help;
        Required = required;
    }

    public string Name { get; }

    public KeyType Type { get; }

    /// <summary>One line for editors: what to write, with an example where it helps.</summary>
    public string Help { get; }

    public bool Required { get; }

    /// <summary>For texts: whether the loader keeps where the value stands, for diagnostics that point at it.</summary>
    public bool Located { get; private protected init; }

    /// <summary>For texts: the shape every value must have, as a regular expression (for the JSON Schema; the loader checks it its own way).</summary>
    public string? Pattern { get; private protected init; }

    /// <summary>For choices: the words allowed.</summary>
    public IReadOnlyList<string> Choices { get; private protected init; } = [];

    /// <summary>For references: the kind of entity they name.</summary>
    public Type? Target { get; private protected init; }

    /// <summary>For items: the keys of each entry.</summary>
    public ItemShape? Shape { get; private protected init; }

    /// <summary>For items: how many entries there must be at least; for integers: the least value allowed.</summary>
    public int Minimum { get; private protected init; }

    /// <summary>For items: what the message says when there are too few, and how to fix it.</summary>
    public (string Message, string Hint)? TooFew { get; private protected init; }

    /// <summary>Where the value is kept among its shape's values; set once, when the shape takes the key.</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>For references: a reference to <paramref name="id"/> of the right type.</summary>
    public virtual Ref NewReference(string id, Diagnostics.SourceSpan span) => throw new InvalidOperationException($"'{Name}' holds no references.");

    /// <summary>For items: a list of entries of the right type.</summary>
    public virtual System.Collections.IList NewList() => new List<object>();

    public static Key<string?> Text(string name, string help, bool required = false) => new(name, KeyType.Text, help, required);

    /// <summary>Text whose place in the file diagnostics point at: a passage to find in a seed, a file name.</summary>
    public static Key<Located<string>?> LocatedText(string name, string help, bool required = false, string? pattern = null) =>
        new(name, KeyType.Text, help, required) { Located = true, Pattern = pattern };

    public static Key<string?> Markdown(string name, string help, bool required = false) => new(name, KeyType.Markdown, help, required);

    public static Key<PartialDate?> Date(string name, string help, bool required = false) => new(name, KeyType.Date, help, required);

    public static Key<string?> Choice(string name, IReadOnlyList<string> choices, string help, bool required = false) =>
        new(name, KeyType.Choice, help, required) { Choices = choices };

    public static Key<string?> Url(string name, string help) => new(name, KeyType.Url, help, required: false);

    public static Key<Coordinates?> Coordinates(string name, string help) => new(name, KeyType.Coordinates, help, required: false);

    public static Key<int?> Integer(string name, string help, int minimum) => new(name, KeyType.Integer, help, required: false) { Minimum = minimum };

    public static Key<IReadOnlyList<Located<string>>> Texts(string name, string help) =>
        new(name, KeyType.Texts, help, required: false) { Located = true };

    public static ReferenceKey<T> Reference<T>(string name, string help, bool required = false) where T : Entity => new(name, help, required);

    public static ReferencesKey<T> References<T>(string name, string help) where T : Entity => new(name, help);

    public static ItemsKey<T> Items<T>(string name, ItemShape<T> shape, string help, int minimum = 0, (string Message, string Hint)? tooFew = null) where T : Item =>
        new(name, shape, help, minimum, tooFew);

    public static Key<T?> Item<T>(string name, ItemShape<T> shape, string help) where T : Item =>
        new(name, KeyType.Item, help, required: false) { Shape = shape };
}

/// <summary>A key whose value is a <typeparamref name="T"/>, so that entities read it typed.</summary>
public class Key<T> : Key
{
    internal Key(string name, KeyType type, string help, bool required) : base(name, type, help, required)
    {
    }
}

public sealed class ReferenceKey<T> : Key<Ref<T>?> where T : Entity
{
    internal ReferenceKey(string name, string help, bool required) : base(name, KeyType.Reference, help, required)
    {
        Target = typeof(T);
    }

    public override Ref NewReference(string id, Diagnostics.SourceSpan span) => new Ref<T>(id, span);
}

public sealed class ReferencesKey<T> : Key<IReadOnlyList<Ref<T>>> where T : Entity
{
    internal ReferencesKey(string name, string help) : base(name, KeyType.References, help, required: false)
    {
        Target = typeof(T);
    }

    public override Ref NewReference(string id, Diagnostics.SourceSpan span) => new Ref<T>(id, span);

    public override System.Collections.IList NewList() => new List<Ref<T>>();
}

public sealed class ItemsKey<T> : Key<IReadOnlyList<T>> where T : Item
{
    internal ItemsKey(string name, ItemShape<T> shape, string help, int minimum, (string Message, string Hint)? tooFew)
        : base(name, KeyType.Items, help, required: minimum > 0)
    {
        Shape = shape;
        Minimum = minimum;
        TooFew = tooFew;
    }

    public override System.Collections.IList NewList() => new List<T>();
}
