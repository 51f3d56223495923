using Dossier.Diagnostics;

namespace Dossier.Model.Schema;

/// <summary>
/// One kind of entity, declared once: its name and folder, its keys, the address of its pages, how links to it read,
/// what search finds, and what to say when nothing refers to one. Everything else (loading, reference checks,
/// schemas, starter files, search, dossier.json, navigation) follows from these declarations.
/// </summary>
public abstract class EntityKind : Shape
{
    private protected EntityKind(string name, string folder, string title, string intro, int order, IReadOnlyList<Key> keys) : base(keys)
    {
        Name = name;
        Folder = folder;
        Title = title;
        Intro = intro;
        Order = order;
    }

    /// <summary>The kind's name, as `new` takes it and templates are named: "actor".</summary>
    public string Name { get; }

    /// <summary>The folder under content/ and under the site: "actors".</summary>
    public string Folder { get; }

    /// <summary>How the site's navigation and index page call the kind: "Actors".</summary>
    public string Title { get; }

    /// <summary>The index page's sentence on what it lists.</summary>
    public string Intro { get; }

    /// <summary>What one file of this kind is, for editors (the JSON Schema's description).</summary>
    public string Description { get => _description ?? Intro; init => _description = value; }

    private string? _description;

    /// <summary>Where the kind stands among the others in navigation and in dossier.json.</summary>
    public int Order { get; }

    public abstract Type EntityType { get; }

    /// <summary>For kinds that are worth a warning when nothing refers to one: how to refer to it.</summary>
    public string? Unreferenced { get; init; }

    /// <summary>A shorter name for the site's navigation, where the title is long.</summary>
    public string Short { get => _short ?? Title; init => _short = value; }

    private string? _short;

    /// <summary>The address of an entity's page in the site.</summary>
    public string Route(string id) => $"{Folder}/{id}.html";

    /// <summary>The address of the kind's index page.</summary>
    public string IndexRoute => $"{Folder}/index.html";

    /// <summary>Entities of this kind in the order lists show them: by date where the kind has one, then by id.</summary>
    public abstract IEnumerable<Entity> InOrder(IEnumerable<Entity> entities);

    /// <summary>Whether two versions of an entity stand at the same place among the others (their dates compare equal).</summary>
    public abstract bool SameOrder(Entity before, Entity after);

    public abstract Entity Create(string id, object?[] values, SourceSpan span);

    public abstract string LinkTextOf(Entity entity);

    public abstract SearchEntry SearchEntryOf(Entity entity);
}

/// <summary>The declaration of the kind of entity <typeparamref name="T"/>.</summary>
public sealed class EntityKind<T>(
    string name, string folder, string title, string intro, int order, IReadOnlyList<Key> keys,
    Func<string, object?[], SourceSpan, T> create, Func<T, string> linkText, Func<T, SearchEntry> search)
    : EntityKind(name, folder, title, intro, order, keys) where T : Entity
{
    public override Type EntityType => typeof(T);

    /// <summary>
    /// What entities are ordered by before their ids: two numbers (days, as day numbers), compared the first, then the
    /// second; none where the kind is listed by id alone. A key rather than a comparison: a sort works it out once per
    /// entity, not at every comparison (thousands of quotes ordered on each of many pages).
    /// </summary>
    public Func<T, (int, int)>? OrderKey { get; init; }

    public override IEnumerable<Entity> InOrder(IEnumerable<Entity> entities) => InOrder(entities.Cast<T>());

    public override bool SameOrder(Entity before, Entity after) => OrderKey is not { } key || key((T)before) == key((T)after);

    public IEnumerable<T> InOrder(IEnumerable<T> entities) => OrderKey is { } key
        ? entities.OrderBy(key).ThenBy(e => e.Id, StringComparer.Ordinal)
        : entities.OrderBy(e => e.Id, StringComparer.Ordinal);

    public override Entity Create(string id, object?[] values, SourceSpan span) => create(id, values, span);

    public override string LinkTextOf(Entity entity) => linkText((T)entity);

    public override SearchEntry SearchEntryOf(Entity entity) => search((T)entity);
}
