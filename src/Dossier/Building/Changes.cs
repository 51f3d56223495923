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
            var count = changed.Count;
            foreach (var entity in after.All(kind))
            {
                if (was.Remove(entity.Id, out var old) && ReferenceEquals(old, entity)) continue;
                changed.Add(Read.Of(entity));
                if (old is null || old.LinkText != entity.LinkText) changed.Add(Read.Of(entity, ReadOf.Name));
            }
            foreach (var gone in was.Values)
            {
                changed.Add(Read.Of(gone));
                changed.Add(Read.Of(gone, ReadOf.Name));
            }
            if (changed.Count > count) changed.Add(new Read(ReadOf.Kind, kind.EntityType));
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

    private static bool SameSite(SiteInfo before, SiteInfo after) =>
        SiteInfo.Definition.Keys.All(k => Equals(before[k], after[k]));
}
