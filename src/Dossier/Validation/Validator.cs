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
}
