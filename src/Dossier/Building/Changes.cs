using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Resolution;

namespace Dossier.Building;

/// <summary>
/// What differs between two builds of a dossier, said as the reads it alters (<see cref="ReadLog"/>): a page or a
/// rule that read none of them would come out the same. Files `serve` did not read again give the very same
/// entities and texts, so an entity or text that is not the same object as before has changed (or may have).
/// </summary>
internal static class Changes
{
    /// <summary>Between two loads: the entities, kinds, texts and dossier.yml that changed.</summary>
    public static HashSet<Read> Between(Content before, Content after)
    {
        var changed = new HashSet<Read>();
        if (!SameSite(before.Site, after.Site)) changed.Add(new Read(ReadOf.Site));
        foreach (var kind in EntityKinds.All)
        {
            var was = before.All(kind).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var members = false;
            foreach (var entity in after.All(kind))
            {
                if (!was.Remove(entity.Id, out var old))
                {
                    members = true;
                    Everything(entity, changed);
                }
                else if (!ReferenceEquals(old, entity))
                {
                    changed.Add(Read.Of(entity));
                    foreach (var key in kind.Keys.Where(k => !Same(old[k], entity[k], k))) changed.Add(Read.Field(entity, key));
                    if (old.LinkText != entity.LinkText) changed.Add(Read.Of(entity, ReadOf.Name));
                }
            }
            foreach (var gone in was.Values)
            {
                members = true;
                Everything(gone, changed);
            }
            if (members) changed.Add(new Read(ReadOf.Kind, kind.EntityType));
        }

        var texts = before.Texts.ToDictionary(t => t.Key.Id, t => t.Value, StringComparer.Ordinal);
        var textsBefore = changed.Count;
        foreach (var (article, text) in after.Texts)
        {
            if (!texts.Remove(article.Id, out var old) || !ReferenceEquals(old, text)) changed.Add(Read.Of(article, ReadOf.Text));
        }
        foreach (var id in texts.Keys) changed.Add(new Read(ReadOf.Text, typeof(Article), id));
        if (changed.Count > textsBefore) changed.Add(new Read(ReadOf.AllTexts));
        return changed;
    }

    /// <summary>Between two resolved dossiers: the above, and every list the resolve stage works out that came out otherwise.</summary>
    public static HashSet<Read> Between(ResolvedDossier before, ResolvedDossier after)
    {
        var changed = Between(before.Content, after.Content);
        after.AddChangesSince(before, changed);
        return changed;
    }

    /// <summary>An entity that came or went: every read of it changed.</summary>
    private static void Everything(Entity entity, HashSet<Read> changed)
    {
        changed.Add(Read.Of(entity));
        changed.Add(Read.Of(entity, ReadOf.Name));
        foreach (var key in entity.EntityKind.Keys) changed.Add(Read.Field(entity, key));
    }

    /// <summary>
    /// Whether a key's value reads the same: references by the id they name, entries key by key, where in the file a
    /// value stands aside (no page shows it).
    /// </summary>
    private static bool Same(object? before, object? after, Key key) => (before, after) switch
    {
        (null, null) => true,
        (Ref a, Ref b) => a.Id == b.Id && a.TargetType == b.TargetType,
        (Item a, Item b) => key.Shape is { } shape && shape.Keys.All(k => Same(a[k], b[k], k)),
        (ILocated a, ILocated b) => Same(a.Value, b.Value, key),
        (string a, string b) => a == b,
        (System.Collections.IEnumerable a, System.Collections.IEnumerable b) => SameItems(a, b, key),
        _ => Equals(before, after),
    };

    private static bool SameItems(System.Collections.IEnumerable before, System.Collections.IEnumerable after, Key key)
    {
        var a = before.Cast<object?>().ToArray();
        var b = after.Cast<object?>().ToArray();
        return a.Length == b.Length && a.Zip(b).All(p => Same(p.First, p.Second, key));
    }

    private static bool SameSite(SiteInfo before, SiteInfo after) =>
        SiteInfo.Definition.Keys.All(k => Equals(before[k], after[k]));
}
