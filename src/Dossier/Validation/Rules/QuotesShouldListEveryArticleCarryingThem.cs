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
        var search = Wording.Many(content.All<Quote>().Select(q => (new Wording(q.Text), q)));
        // Articles are searched in parallel: the search is read-only and the bag is thread-safe.
        Parallel.ForEach(content.Texts, pair =>
        {
            var (article, text) = pair;
            var proposed = new HashSet<Quote>();
            for (var p = 0; p < text.Normalized.Count; p++)
            {
                foreach (var (_, _, quote) in search.FindAllIn(text.Normalized[p]))
                {
                    if (quote.Reported.Any(r => r.Article.Resolved == article) || !proposed.Add(quote)) continue;
                    bag.Warning(DiagnosticCodes.UnlistedReport, quote.Span,
                        $"The quote '{quote.Id}' also appears in article '{article.Id}' (paragraph {text.Paragraphs[p].Number}), which 'reported' does not list.",
                        $"Add under 'reported': '- article: {article.Id}'.");
                }
            }
        });
    }
}
