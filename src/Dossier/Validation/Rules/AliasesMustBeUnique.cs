using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Validation.Rules;

/// <summary>A name or alias that points at two actors would link mentions to the wrong page.</summary>
public sealed class AliasesMustBeUnique : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in content.Actors)
        {
            owners.TryAdd(NormalizedText.Normalize(actor.Name), actor.Id);
        }
        foreach (var actor in content.Actors)
        {
            foreach (var alias in actor.Aliases)
            {
                var key = NormalizedText.Normalize(alias.Value);
                if (owners.TryGetValue(key, out var owner) && owner != actor.Id)
                {
                    bag.Error(DiagnosticCodes.DuplicateAlias, alias.Span, $"The alias '{alias.Value}' already belongs to '{owner}'.",
                        "An alias must name one actor only: remove it here or there, or use a longer form.");
                    continue;
                }
                owners[key] = actor.Id;
            }
        }
    }
}
