using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

public sealed class QuoteTextMustAppearInArticle : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        foreach (var quote in content.All<Quote>())
        {
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var report in quote.Reported)
            {
                if (!listed.Add(report.Article.Id))
                {
                    bag.Error(DiagnosticCodes.DuplicateReport, report.Article.Span,
                        $"The article '{report.Article.Id}' is listed twice under 'reported'.", "Keep one entry per article.");
                    continue;
                }
                var text = report.Text ?? new Located<string>(quote.Text, report.Article.Span);
                var what = report.Text is null ? "The quote's text" : "The reported wording";
                TextFinder.ExpectIn(content, report.Article, text, DiagnosticCodes.QuoteTextNotFound, what, bag);
            }
        }
    }
}
