using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Resolution;

namespace Dossier.Validation.Rules;

/// <summary>
/// An entity that nothing points at, and that no article text names, is usually a typo elsewhere or a page nobody can
/// reach. A mention counts: the article's text links to the page (an outlet cited only in passing, "told Al-Ahed").
/// </summary>
public sealed class EntitiesShouldBeReferenced : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        // A file that could not be read may be the one that references them: "nothing references" would be a false trail.
        if (content.Unreadable.Count > 0) return;
        var referenced = content.Entities.SelectMany(e => e.References).Select(r => r.Ref.Named).OfType<Entity>().ToHashSet();
        var unreferenced = EntityKinds.All.Where(k => k.Unreferenced is not null)
            .SelectMany(k => content.All(k).Where(e => !referenced.Contains(e)))
            .ToArray();
        if (unreferenced.Length == 0) return;

        // Only when something is unreferenced are the texts searched, with the finder the pages use, so "named" means
        // the same here as in the links on the article pages.
        var unnamed = unreferenced.Any(e => e is IMentionable) ? Unnamed(content, unreferenced) : unreferenced;
        foreach (var entity in unnamed)
            bag.Warning(DiagnosticCodes.Unreferenced, entity.Span, $"Nothing references the {entity.EntityKind.Name} '{entity.Id}'.", entity.EntityKind.Unreferenced);
    }

    /// <summary>Those of <paramref name="entities"/> no text names; the texts are searched only until every one is found.</summary>
    private static Entity[] Unnamed(Content content, Entity[] entities)
    {
        var finder = new MentionFinder(content.Entities);
        var unnamed = entities.Where(e => e is IMentionable).ToHashSet();
        var mentions = new List<TextSpan>();
        var scratch = new List<(int, int, Entity)>();
        foreach (var text in content.Texts.Values)
        {
            if (unnamed.Count == 0) break;
            mentions.Clear();
            for (var p = 0; p < text.Normalized.Count; p++) finder.FindInto(p, text.Normalized[p], mentions, scratch);
            foreach (var mention in mentions) unnamed.Remove(mention.Entity);
        }
        return entities.Where(e => e is not IMentionable || unnamed.Contains(e)).ToArray();
    }
}
