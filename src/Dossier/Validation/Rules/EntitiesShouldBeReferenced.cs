using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Validation.Rules;

/// <summary>An actor, outlet or event that nothing points at is usually a typo elsewhere or a page nobody can reach.</summary>
public sealed class EntitiesShouldBeReferenced : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        var referenced = content.Entities.SelectMany(e => e.References).Select(r => r.Ref.Named).OfType<Entity>().ToHashSet();
        foreach (var kind in EntityKinds.All.Where(k => k.Unreferenced is not null))
        {
            foreach (var entity in content.All(kind).Where(e => !referenced.Contains(e)))
                bag.Warning(DiagnosticCodes.Unreferenced, entity.Span, $"Nothing references the {kind.Name} '{entity.Id}'.", kind.Unreferenced);
        }
    }
}
