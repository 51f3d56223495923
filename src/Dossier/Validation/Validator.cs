using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Validation.Rules;

namespace Dossier.Validation;

/// <summary>Validate stage, once references are resolved: runs every rule, so that one run reports every problem.</summary>
public static class Validator
{
    public static readonly IReadOnlyList<IValidationRule> Rules =
    [
        new AliasesMustBeUnique(),
        new FollowsMustNotCycle(),
        new DatesMustBeInOrder(),
        new ArticlesMustNotPredateTheirEvents(),
        new QuoteTextMustAppearInArticle(),
        new ClaimTextMustAppearInArticle(),
        new ClaimantsMustNotRepeat(),
        new EntitiesShouldBeReferenced(),
        new QuotesShouldListEveryArticleCarryingThem(),
    ];

    /// <summary>The rules only read the content, so they run side by side; the bag sorts what they report.</summary>
    public static void Validate(Content content, DiagnosticBag bag) =>
        Parallel.ForEach(Rules, rule => rule.Check(content, bag));

    /// <summary>
    /// Validates, recording what each rule read. Given what the rules read and found last time and what has changed
    /// since (`serve` keeps both), a rule none of whose reads changed is not run again: what it found is reported again.
    /// </summary>
    public static ValidatedRules Validate(Content content, DiagnosticBag bag, (ValidatedRules Last, HashSet<Read> Changed)? since)
    {
        var checks = new ValidatedRules.Check[Rules.Count];
        Parallel.For(0, Rules.Count, i =>
        {
            if (since?.Last.Of(Rules[i]) is { } last && !last.Reads.Overlaps(since.Value.Changed))
            {
                checks[i] = last;
            }
            else
            {
                var own = new DiagnosticBag();
                ReadLog.Record(() => { Rules[i].Check(content, own); return 0; }, out var reads);
                checks[i] = new ValidatedRules.Check(Rules[i], reads, own.Sorted());
            }
            foreach (var diagnostic in checks[i].Found) bag.Add(diagnostic);
        });
        return new ValidatedRules(checks);
    }
}

/// <summary>What each rule read and found in one validation.</summary>
public sealed class ValidatedRules(IReadOnlyList<ValidatedRules.Check> checks)
{
    public sealed record Check(IValidationRule Rule, ReadSet Reads, IReadOnlyList<Diagnostic> Found);

    public Check? Of(IValidationRule rule) => checks.FirstOrDefault(c => c.Rule == rule);
}
