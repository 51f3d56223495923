using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Resolution;

/// <summary>
/// How the entities of one load stand for those of the last: files `serve` did not read again give the very same
/// objects, so after a save only the saved file's entity is another object. Worked out by walking each kind's list
/// (in id order) side by side, without a lookup by id unless an entity came or went.
/// </summary>
internal sealed class Replacements
{
    private readonly Dictionary<Entity, Entity> _oldOf = new(ReferenceEqualityComparer.Instance);

    private Replacements(Content before, Content after)
    {
        foreach (var kind in EntityKinds.All)
        {
            var (was, now) = (before.All(kind), after.All(kind));
            if (was.Count == now.Count && Enumerable.Range(0, now.Count).All(i => was[i].Id == now[i].Id))
            {
                for (var i = 0; i < now.Count; i++) Replace(was[i], now[i]);
                continue;
            }
            var byId = now.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var old in was) Replace(old, byId.Remove(old.Id, out var current) ? current : null);
            Came.AddRange(now.Where(e => byId.ContainsKey(e.Id)));
        }
    }

    public static Replacements Between(Content before, Content after) => new(before, after);

    /// <summary>Each entity of the last load that is not one of this load's, with the one that stands for it now (null: gone).</summary>
    public Dictionary<Entity, Entity?> NewOf { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The entities with an id the last load did not have.</summary>
    public List<Entity> Came { get; } = [];

    /// <summary>Whether an entity <paramref name="which"/> holds for was replaced, came or went.</summary>
    public bool Touched(Func<Entity, bool> which) => NewOf.Keys.Concat(Came).Any(which);

    /// <summary>The last load's entity that <paramref name="now"/> stands for; itself where unchanged, or new.</summary>
    public Entity OldOf(Entity now) => _oldOf.GetValueOrDefault(now) ?? now;

    private void Replace(Entity old, Entity? now)
    {
        if (ReferenceEquals(old, now)) return;
        NewOf[old] = now;
        if (now is not null) _oldOf[now] = old;
    }
}
