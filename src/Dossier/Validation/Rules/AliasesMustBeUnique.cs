using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Validation.Rules;

/// <summary>A name or alias that stands for two entities (actors, places, outlets) would link mentions to the wrong page.</summary>
public sealed class AliasesMustBeUnique : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        var named = content.Entities.OfType<IMentionable>().Cast<Entity>().ToArray();
        var owners = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in named) owners.TryAdd(NormalizedText.Normalize(((IMentionable)entity).Name), entity);
        foreach (var entity in named)
        {
            foreach (var alias in ((IMentionable)entity).Aliases)
            {
                var key = NormalizedText.Normalize(alias.Value);
                if (owners.TryGetValue(key, out var owner) && owner != entity)
                {
                    bag.Error(DiagnosticCodes.DuplicateAlias, alias.Span, $"The alias '{alias.Value}' already belongs to {Describe(owner, entity)}.",
                        owner.GetType() == entity.GetType()
                            ? $"An alias must name one {entity.EntityKind.Name} only: remove it here or there, or use a longer form."
                            : "Mentions of a name link to one page only: keep it on one of the two, or use a longer form here.");
                    continue;
                }
                owners[key] = entity;
            }
        }
    }

    // Within one kind the id says it; across kinds the kind is said too.
    private static string Describe(Entity owner, Entity entity) =>
        owner.GetType() == entity.GetType() ? $"'{owner.Id}'" : $"the {owner.EntityKind.Name} '{owner.Id}'";
}
