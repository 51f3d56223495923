using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Validation.Rules;

public sealed class QuoteTextMustAppearInArticle : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        foreach (var quote in content.All<Quote>())
        {
            // An article may print a statement twice (two translations, say), each its own report; the same wording
            // twice for one article is a copy.
            var listed = new HashSet<(string Article, string Wording)>();
            foreach (var report in quote.Reported)
            {
                // Without its own wording a report is checked against the quote's text, and a mismatch points there: that is
                // the wording to correct (or to give this report its own 'text').
                var text = report.Text ?? quote.LocatedText;
                if (!listed.Add((report.Article.Id, new Wording(text.Value).Normalized)))
                {
                    bag.Warning(DiagnosticCodes.DuplicateReport, report.Article.Span,
                        $"The article '{report.Article.Id}' is listed twice under 'reported' with the same wording.",
                        "Keep one entry; where the article prints the statement twice in different words, give each entry its own 'text'.");
                    continue;
                }
                var what = report.Text is null ? "The quote's text" : "The reported wording";
                TextFinder.ExpectIn(content, report.Article, text, DiagnosticCodes.QuoteTextNotFound, what, bag);
            }
        }
    }
}
