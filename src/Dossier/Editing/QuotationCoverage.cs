using Dossier.Model;
using Dossier.Text;

namespace Dossier.Editing;

/// <summary>
/// Finds the quoted passages of the article texts that no curated quote or claim accounts for: the
/// editor's to-do list. A passage is covered when a quote's wording reported in that article, or a claim
/// answer's text from that article, overlaps it (matched the way validation matches: quotes, dashes and
/// spacing folded, nothing else).
/// </summary>
public static class QuotationCoverage
{
    public static CoverageReport Find(Content content)
    {
        var curated = CuratedWordings(content);
        var passages = new List<QuotedPassage>();
        foreach (var (articleId, text) in content.Texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var wordings = curated.TryGetValue(articleId, out var list) ? list : [];
            for (var p = 0; p < text.Paragraphs.Count; p++)
            {
                var paragraph = text.Paragraphs[p];
                var quoted = QuotationMarks.Passages(paragraph.Text);
                if (quoted.Count == 0) continue;
                var covered = CoveredRanges(text.Normalized[p], wordings);
                foreach (var (start, end) in quoted)
                {
                    var isCovered = covered.Any(c => c.Start < end && start < c.End);
                    passages.Add(new QuotedPassage(articleId, paragraph.Number, paragraph.SeedLine, start,
                        paragraph.Text[start..end], isCovered));
                }
            }
        }
        return new CoverageReport(passages);
    }

    /// <summary>The normalized wordings curated for each article: what its quote reports and claim answers say it prints.</summary>
    private static Dictionary<string, List<string>> CuratedWordings(Content content)
    {
        var wordings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string articleId, string wording)
        {
            var needle = NormalizedText.Normalize(wording);
            if (needle.Length == 0) return;
            if (!wordings.TryGetValue(articleId, out var list)) wordings[articleId] = list = [];
            list.Add(needle);
        }
        foreach (var quote in content.Quotes)
        {
            foreach (var report in quote.Reported) Add(report.Article.Id, report.Text?.Value ?? quote.Text);
        }
        foreach (var claim in content.Claims)
        {
            foreach (var answer in claim.Answers) Add(answer.Article.Id, answer.Text.Value);
        }
        return wordings;
    }

    /// <summary>Every place in the paragraph's original text where one of the wordings stands.</summary>
    private static List<(int Start, int End)> CoveredRanges(NormalizedText paragraph, IReadOnlyList<string> wordings)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var needle in wordings)
        {
            for (var at = paragraph.Value.IndexOf(needle, StringComparison.Ordinal); at >= 0;
                 at = paragraph.Value.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                ranges.Add(paragraph.ToOriginal(at, needle.Length));
            }
        }
        return ranges;
    }
}
