using System.Reflection;

namespace Dossier.Model.Schema;

/// <summary>
/// Every kind of entity: each entity class declares its own in a static field named Definition, and is found here,
/// so that adding a kind is adding its class.
/// </summary>
public static class EntityKinds
{
    public static IReadOnlyList<EntityKind> All { get; } = typeof(Entity).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Entity)) && !t.IsAbstract)
        .Select(t => (EntityKind)(t.GetField("Definition", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{t.Name} declares no public static Definition.")))
        .OrderBy(k => k.Order).ThenBy(k => k.Name, StringComparer.Ordinal)
        .ToArray();

    public static EntityKind Of(Type type) => All.First(k => k.EntityType == type);

    public static EntityKind Of<T>() where T : Entity => Of(typeof(T));

    public static EntityKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);
}
