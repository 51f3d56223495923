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
        foreach (var (article, text) in content.Texts.OrderBy(t => t.Key.Id, StringComparer.Ordinal))
        {
            var wordings = curated.TryGetValue(article, out var list) ? list : [];
            for (var p = 0; p < text.Paragraphs.Count; p++)
            {
                var paragraph = text.Paragraphs[p];
                var quoted = QuotationMarks.Passages(paragraph.Text);
                if (quoted.Count == 0) continue;
                var covered = CoveredRanges(text.Normalized[p], wordings);
                foreach (var (start, end) in quoted)
                {
                    var isCovered = covered.Any(c => c.Start < end && start < c.End);
                    passages.Add(new QuotedPassage(article, paragraph.Number, paragraph.SeedLine, start,
                        paragraph.Text[start..end], isCovered));
                }
            }
        }
        return new CoverageReport(passages);
    }

    /// <summary>The wordings curated for each article: what its quote reports and claim answers say it prints.</summary>
    private static Dictionary<Article, List<Wording>> CuratedWordings(Content content)
    {
        var wordings = new Dictionary<Article, List<Wording>>();
        void Add(Ref<Article> reference, string text)
        {
            var wording = new Wording(text);
            if (wording.IsEmpty || reference.Resolved is not { } article) return;
            if (!wordings.TryGetValue(article, out var list)) wordings[article] = list = [];
            list.Add(wording);
        }
        foreach (var quote in content.All<Quote>())
        {
            foreach (var report in quote.Reported) Add(report.Article, report.Text?.Value ?? quote.Text);
        }
        foreach (var claim in content.All<Claim>())
        {
            foreach (var claimant in claim.Answers.SelectMany(a => a.Claimants)) Add(claimant.Article, claimant.Text.Value);
        }
        return wordings;
    }

    /// <summary>Every place in the paragraph's original text where one of the wordings stands.</summary>
    private static List<(int Start, int End)> CoveredRanges(NormalizedText paragraph, IReadOnlyList<Wording> wordings) =>
        wordings.SelectMany(w => w.FindAllIn(paragraph)).ToList();
}
