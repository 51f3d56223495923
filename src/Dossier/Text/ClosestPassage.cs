namespace Dossier.Text;

/// <summary>Finds the passage of a text most like a quotation that was not found, to show the editor what is there.</summary>
public static class ClosestPassage
{
    public sealed record Match(string Passage, double Similarity, int ParagraphIndex);

    private sealed class Candidate(string passage, int paragraph, int shared, int start)
    {
        private double? _similarity;
        public string Passage { get; } = passage;
        public int Paragraph { get; } = paragraph;
        public int Start { get; } = start;
        public int Shared { get; } = shared;
        public double SimilarityTo(string needle) => _similarity ??= EditDistance.Similarity(needle, Passage);
    }

    /// <summary>
    /// Slides a window as long as the quotation over every paragraph and keeps the one sharing most words
    /// (compared without punctuation, case folded); ties are settled by edit distance, which is only computed for them.
    /// </summary>
    public static Match? Find(string normalizedNeedle, IReadOnlyList<NormalizedText> paragraphs)
    {
        var needleWords = normalizedNeedle.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (needleWords.Length == 0) return null;
        var needleSet = needleWords.Select(Bare).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Candidate? best = null;
        void Consider(string[] words, int start, int window, int paragraph, int shared)
        {
            if (best is not null && shared < best.Shared) return;
            var candidate = new Candidate(string.Join(' ', words, start, window), paragraph, shared, start);
            if (best is null || shared > best.Shared || candidate.SimilarityTo(normalizedNeedle) > best.SimilarityTo(normalizedNeedle))
                best = candidate;
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var words = paragraphs[p].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bare = words.Select(Bare).ToArray();
            var window = Math.Min(needleWords.Length, words.Length);
            if (window == 0) continue;
            var shared = 0;
            for (var i = 0; i < window; i++) if (needleSet.Contains(bare[i])) shared++;
            Consider(words, 0, window, p, shared);
            for (var start = 1; start + window <= words.Length; start++)
            {
                if (needleSet.Contains(bare[start - 1])) shared--;
                if (needleSet.Contains(bare[start + window - 1])) shared++;
                Consider(words, start, window, p, shared);
            }
        }
        if (best is null) return null;

        // A rewording may be longer than the quotation ("will not" for "won't"): let the passage grow at either end
        // while it reads more alike.
        var paragraphWords = paragraphs[best.Paragraph].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var length = best.Passage.Split(' ').Length;
        var grown = best;
        for (var before = 0; before <= 2; before++)
        for (var after = 0; after <= 3; after++)
        {
            var start = best.Start - before;
            var count = length + before + after;
            if (start < 0 || start + count > paragraphWords.Length) continue;
            var longer = new Candidate(string.Join(' ', paragraphWords, start, count), best.Paragraph, best.Shared, start);
            if (longer.SimilarityTo(normalizedNeedle) > grown.SimilarityTo(normalizedNeedle)) grown = longer;
        }
        return new Match(grown.Passage, grown.SimilarityTo(normalizedNeedle), grown.Paragraph);
    }

    private static string Bare(string word) => word.Trim(Punctuation);

    public static readonly char[] Punctuation = ['"', '\'', ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '-'];
}
