using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

public sealed class ClaimTextMustAppearInArticle : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        foreach (var answer in content.All<Claim>().SelectMany(c => c.Answers))
            TextFinder.ExpectIn(content, answer.Article, answer.Text, DiagnosticCodes.ClaimTextNotFound, "The answer's passage", bag);
    }
}
