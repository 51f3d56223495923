using System.Text.RegularExpressions;
using Dossier.Drafting;
using Dossier.Model;

namespace Dossier.Editing;

/// <summary>
/// The id each drafted quotation gets: the joined quote's id, or a new one made from the speaker and the first telling
/// words ("rouhani-final-answer-assassination"), unique against the dossier's quotes and the draft's other quotes.
/// The draft files and the JSON output both take their ids from here, so they agree.
/// </summary>
public static partial class DraftQuoteIds
{
    private const int Words = 4;

    private static readonly HashSet<string> Filler =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "i",
        "in", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the", "their", "them", "they", "this", "to", "was",
        "we", "were", "will", "with", "you",
    ];

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    /// <summary>One id per quotation of <paramref name="draft"/>, in the same order.</summary>
    public static IReadOnlyList<string> Assign(Draft draft, Content known)
    {
        var taken = new HashSet<string>(known.All<Quote>().Select(q => q.Id), StringComparer.OrdinalIgnoreCase);
        var ids = new List<string>();
        foreach (var quote in draft.Quotes)
        {
            if (quote.Joins is { } joined)
            {
                ids.Add(joined);
                continue;
            }
            var stem = Stem(quote);
            var id = stem;
            for (var n = 2; !taken.Add(id); n++) id = $"{stem}-{n}";
            ids.Add(id);
        }
        return ids;
    }

    private static string Stem(QuoteProposal quote)
    {
        // The speaker's last name reads best in a list of files: "rouhani-...", not "hassan-rouhani-...".
        var speaker = Slugs(quote.Speaker.Actor ?? quote.Speaker.Name ?? "").LastOrDefault() ?? "unattributed";
        var words = Slugs(quote.Text).Where(w => !Filler.Contains(w)).Take(Words).ToArray();
        if (words.Length == 0) words = ["quote"];
        return string.Join('-', [speaker, .. words]);
    }

    // Accents and apostrophes go first, so that "Çavuşoğlu" gives "cavusoglu" and "don't" gives "dont".
    private static IEnumerable<string> Slugs(string text)
    {
        var bare = string.Concat(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && c is not ('\'' or '’')));
        return Word().Matches(bare.ToLowerInvariant()).Select(m => m.Value);
    }
}
