using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>
/// A reference written in a YAML file: the id as written and where, and, once references are resolved, the entity
/// it names. Until then, or where no entity has the id, it names nothing.
/// </summary>
public abstract class Ref(string id, SourceSpan span)
{
    public string Id { get; } = id;

    public SourceSpan Span { get; } = span;

    /// <summary>The kind of entity the reference must name.</summary>
    public abstract Type TargetType { get; }

    /// <summary>The entity named, where there is one.</summary>
    public Entity? Named { get; private set; }

    /// <summary>Points the reference at its entity, or at nothing; done by the resolve stage, on every build.</summary>
    public void Resolve(Entity? entity)
    {
        if (entity is not null && !TargetType.IsInstanceOfType(entity))
            throw new InvalidOperationException($"'{Id}' cannot name a {entity.GetType().Name}.");
        // Written only when it points elsewhere: `serve` resolves the references of entities kept from the last build
        // again, and a write to an old object is work for the next garbage collection.
        if (!ReferenceEquals(Named, entity)) Named = entity;
    }
}

/// <summary>A reference to an entity of type <typeparamref name="T"/>.</summary>
public sealed class Ref<T>(string id, SourceSpan span) : Ref(id, span) where T : Entity
{
    public override Type TargetType => typeof(T);

    /// <summary>The entity named. Pages are drawn only from dossiers whose references all resolved, so it is there.</summary>
    public T Target => (T?)Named ?? throw new InvalidOperationException($"The reference to '{Id}' at {Span} was not resolved.");

    /// <summary>The entity named, or null: for the checks that run on dossiers with unresolved references too.</summary>
    public T? Resolved => (T?)Named;
}
