using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

public sealed class ClaimTextMustAppearInArticle : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        foreach (var claimant in content.All<Claim>().SelectMany(c => c.Answers).SelectMany(a => a.Claimants))
            TextFinder.ExpectIn(content, claimant.Article, claimant.Text, DiagnosticCodes.ClaimTextNotFound, "The claimant's passage", bag);
    }
}
