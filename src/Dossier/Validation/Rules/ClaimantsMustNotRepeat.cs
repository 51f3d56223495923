using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

/// <summary>
/// One actor twice under one answer, reported by the same article, is a copy made while editing: the claim page would
/// show the same card twice. The same actor reported by two articles is two reports, and fine.
/// </summary>
public sealed class ClaimantsMustNotRepeat : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        foreach (var answer in content.All<Claim>().SelectMany(c => c.Answers))
        {
            var listed = new HashSet<(string Actor, string Article)>();
            foreach (var claimant in answer.Claimants)
            {
                if (claimant.Actor is not { } actor || listed.Add((actor.Id, claimant.Article.Id))) continue;
                bag.Error(DiagnosticCodes.DuplicateClaimant, actor.Span,
                    $"'{actor.Id}' is listed twice for the answer '{answer.Statement}' with the same article '{claimant.Article.Id}'.",
                    "Keep one entry; to cite a second passage, name another article that reports it, or widen 'text' to cover both.");
            }
        }
    }
}
