using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Resolution;

/// <summary>
/// Points every reference at the entity it names, so that from here on a quote's speaker is an actor and an event's
/// follows are events. A reference to an id no entity of its kind has is an error with the nearest id; one to a
/// file that is there but could not be read says nothing more (that file's own error says it all).
/// </summary>
public static class ReferenceResolver
{
    public static void Resolve(Content content, DiagnosticBag bag)
    {
        var byKind = EntityKinds.All.ToDictionary(k => k.EntityType, k =>
        {
            var ids = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var entity in content.All(k)) ids.TryAdd(entity.Id, entity);
            return (Kind: k, Ids: ids);
        });
        // Entities resolve in parallel: each reference is set by one thread, and the bag is thread-safe.
        Parallel.ForEach(content.Entities, entity =>
        {
            foreach (var (_, reference) in entity.References)
            {
                var (kind, ids) = byKind[reference.TargetType];
                var found = ids.GetValueOrDefault(reference.Id);
                reference.Resolve(found);
                if (found is not null || reference.Id.Length == 0 || content.Unreadable.Contains((kind, reference.Id))) continue;
                bag.Error(DiagnosticCodes.UnknownReference, reference.Span, $"Unknown {kind.Name} '{reference.Id}'.",
                    Suggestions.DidYouMean(reference.Id, ids.Keys) ?? $"Create content/{kind.Folder}/{reference.Id}.yml, or check the spelling.");
            }
        });
    }
}
