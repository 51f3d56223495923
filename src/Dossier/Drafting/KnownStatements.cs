using Dossier.Model;
using Dossier.Text;

namespace Dossier.Drafting;

/// <summary>
/// The wordings of the statements the dossier holds (each quote's text and every report's), to tell a new report of a
/// known statement: a quotation whose wording is one of them, holds one, or is held in one (matched by
/// <see cref="Wording"/>). Holding or being held counts only for three words or more: "critical" is in many a statement.
/// </summary>
public sealed class KnownStatements(Content known)
{
    private readonly List<(Wording Wording, string QuoteId)> _wordings = known.All<Quote>()
        .SelectMany(q => q.Reported.Select(r => r.Text?.Value).Prepend(q.Text).OfType<string>().Distinct().Select(t => (new Wording(t), q.Id)))
        .Where(w => !w.Item1.IsEmpty)
        .ToList();

    /// <summary>The quote whose wording this is, or null; the longest wording wins where several fit.</summary>
    public string? Join(string text)
    {
        var wording = new Wording(text);
        if (wording.IsEmpty) return null;
        var asText = NormalizedText.From(text);
        string? best = null;
        var bestLength = 0;
        foreach (var (known, quoteId) in _wordings)
        {
            var fits = known.Normalized == wording.Normalized
                || (WordCount(known) >= 3 && known.FindAllIn(asText).Any())
                || (WordCount(wording) >= 3 && wording.FindAllIn(NormalizedText.From(known.Text)).Any());
            if (fits && known.Normalized.Length > bestLength) (best, bestLength) = (quoteId, known.Normalized.Length);
        }
        return best;
    }

    private static int WordCount(Wording wording) => wording.Normalized.Split(' ').Length;
}
