using Dossier.Diagnostics;

namespace Dossier.Model.Schema;

/// <summary>Values read from one YAML mapping, each under its key, and where the mapping stands.</summary>
public abstract class Mapping(object?[] values, SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>The value of a key of this mapping's shape: null (or an empty list) where the file leaves it out.</summary>
    public T Get<T>(Key<T> key)
    {
        if (this is Entity entity) ReadLog.Field(entity, key);
        return (T)values[key.Index]!;
    }

    /// <summary>A key's value untyped, for the stages that go through every key of a shape.</summary>
    public object? this[Key key]
    {
        get
        {
            if (this is Entity entity) ReadLog.Field(entity, key);
            return values[key.Index];
        }
    }

    /// <summary>The values with one of them replaced, for a changed copy.</summary>
    protected object?[] ValuesWith(Key key, object? value)
    {
        var copy = (object?[])values.Clone();
        copy[key.Index] = value;
        return copy;
    }
}

/// <summary>An entry inside an entity's file: a role, a participant, a report, an answer.</summary>
public abstract class Item(object?[] values, SourceSpan span) : Mapping(values, span);
