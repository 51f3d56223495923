using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Validation.Rules;

/// <summary>
/// Proposes the cross-references an editor missed: a quote's canonical wording found in an article
/// that its 'reported' list does not name. One automaton pass over all texts keeps this linear.
/// </summary>
public sealed class QuotesShouldListEveryArticleCarryingThem : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        var automaton = new AhoCorasick<Quote>(content.Quotes
            .Where(q => q.Text.Length > 0)
            .Select(q => (NormalizedText.Normalize(q.Text), q)));
        // Articles are searched in parallel: the automaton is read-only and the bag is thread-safe.
        Parallel.ForEach(content.Texts, pair =>
        {
            var (articleId, text) = pair;
            var proposed = new HashSet<string>(StringComparer.Ordinal);
            for (var p = 0; p < text.Normalized.Count; p++)
            {
                foreach (var (_, _, quote) in automaton.FindAll(text.Normalized[p].Value))
                {
                    if (quote.Reported.Any(r => r.Article.Id == articleId) || !proposed.Add(quote.Id)) continue;
                    bag.Warning(DiagnosticCodes.UnlistedReport, quote.Span,
                        $"The quote '{quote.Id}' also appears in article '{articleId}' (paragraph {text.Paragraphs[p].Number}), which 'reported' does not list.",
                        $"Add under 'reported': '- article: {articleId}'.");
                }
            }
        });
    }
}
