using Dossier.Diagnostics;
using Dossier.Model.Schema;

namespace Dossier.Model;

/// <summary>An entity of the dossier: one YAML file under content/, its id the file's name.</summary>
public abstract class Entity(string id, object?[] values, SourceSpan span) : Mapping(values, span)
{
    public string Id { get; } = id;

    /// <summary>What kind of entity this is: its keys, folder, route and the rest (each class's static Definition).</summary>
    public abstract EntityKind EntityKind { get; }

    /// <summary>How links to it read: a name, a title, a question, a quotation shortened.</summary>
    public string LinkText => ReadLog.Name(this, static e => e.EntityKind.LinkTextOf(e));

    /// <summary>The address of its page in the site.</summary>
    public string Route => EntityKind.Route(Id);

    /// <summary>Every reference it makes, entries' included, with the key each is written under.</summary>
    public IEnumerable<(Key Key, Ref Ref)> References => EntityKind.References(this);

    public override string ToString() => $"{EntityKind.Name} '{Id}'";
}
