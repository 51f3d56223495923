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
    public static HashSet<Read> Between(Content before, Content after) => Between(before, after, Replacements.Between(before, after));

    /// <summary>Between two resolved dossiers: the above, and every list the resolve stage works out that came out otherwise.</summary>
    public static HashSet<Read> Between(ResolvedDossier before, ResolvedDossier after)
    {
        var replacements = Replacements.Between(before.Content, after.Content);
        var changed = Between(before.Content, after.Content, replacements);
        after.AddChangesSince(before, replacements, changed);
        return changed;
    }

    private static HashSet<Read> Between(Content before, Content after, Replacements replacements)
    {
        var changed = new HashSet<Read>();
        if (!SameSite(before.Site, after.Site)) changed.Add(new Read(ReadOf.Site));
        foreach (var (old, now) in replacements.NewOf)
        {
            if (now is null)
            {
                Everything(old, changed);
                continue;
            }
            changed.Add(Read.Of(now));
            foreach (var key in now.EntityKind.Keys.Where(k => !Same(old[k], now[k], k))) changed.Add(Read.Field(now, key));
            if (old.LinkText != now.LinkText) changed.Add(Read.Of(now, ReadOf.Name));
        }
        foreach (var came in replacements.Came) Everything(came, changed);

        var textsBefore = changed.Count;
        var kept = 0;
        foreach (var (article, text) in after.Texts)
        {
            if (before.Texts.TryGetValue((Article)replacements.OldOf(article), out var old))
            {
                kept++;
                if (ReferenceEquals(old, text)) continue;
            }
            changed.Add(Read.Of(article, ReadOf.Text));
        }
        if (kept < before.Texts.Count)
        {
            foreach (var article in before.Texts.Keys)
            {
                var now = replacements.NewOf.TryGetValue(article, out var replaced) ? replaced : article;
                if (now is null || !after.Texts.ContainsKey((Article)now)) changed.Add(new Read(ReadOf.Text, typeof(Article), article.Id));
            }
        }
        if (changed.Count > textsBefore) changed.Add(new Read(ReadOf.AllTexts));
        return changed;
    }

    /// <summary>An entity that came or went: every read of it changed, and its kind's list.</summary>
    private static void Everything(Entity entity, HashSet<Read> changed)
    {
        changed.Add(new Read(ReadOf.Kind, entity.EntityKind.EntityType));
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
