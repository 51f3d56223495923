using Dossier.Diagnostics;

namespace Dossier.Model.Schema;

/// <summary>The keys of one kind of YAML mapping (an entity's file, or an entry inside one), in the order files write them.</summary>
public abstract class Shape
{
    private protected Shape(IReadOnlyList<Key> keys)
    {
        Keys = keys;
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].Index >= 0) throw new InvalidOperationException($"The key '{keys[i].Name}' belongs to another shape already.");
            keys[i].Index = i;
        }
    }

    public IReadOnlyList<Key> Keys { get; }

    /// <summary>The names of the keys, for messages and for the loader's unknown-key check.</summary>
    public IReadOnlyList<string> KeyNames => Keys.Select(k => k.Name).ToArray();

    /// <summary>Every reference in a mapping of this shape, entries' included, with the key it is written under.</summary>
    public IEnumerable<(Key Key, Ref Ref)> References(Mapping mapping)
    {
        // Only keys that can hold references are read: `serve` counts a read of any other key as a read of its value.
        foreach (var key in Keys.Where(k => k.Type is KeyType.Reference or KeyType.References or KeyType.Item or KeyType.Items))
        {
            switch (mapping[key])
            {
                case Ref reference:
                    yield return (key, reference);
                    break;
                case Item item when key.Shape is { } shape:
                    foreach (var inner in shape.References(item)) yield return inner;
                    break;
                case System.Collections.IEnumerable list when key.Type is KeyType.References or KeyType.Items:
                    foreach (var element in list)
                    {
                        if (element is Ref listed) yield return (key, listed);
                        else if (element is Item entry && key.Shape is { } entryShape)
                            foreach (var inner in entryShape.References(entry)) yield return inner;
                    }
                    break;
            }
        }
    }
}

/// <summary>The keys of an entry inside an entity's file (a role, a report, an answer).</summary>
public abstract class ItemShape(IReadOnlyList<Key> keys) : Shape(keys)
{
    public abstract Item CreateItem(object?[] values, SourceSpan span);
}

/// <summary>The keys of an entry of type <typeparamref name="T"/>, and how to make one.</summary>
public sealed class ItemShape<T>(IReadOnlyList<Key> keys, Func<object?[], SourceSpan, T> create) : ItemShape(keys) where T : Item
{
    public T Create(object?[] values, SourceSpan span) => create(values, span);

    public override Item CreateItem(object?[] values, SourceSpan span) => create(values, span);
}
