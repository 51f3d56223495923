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

        // The window has as many words as the quotation, but the text may say it in fewer ("won't" for "will not") or
        // more: move either end a word at a time while the passage reads more alike, so that it stops where the
        // quotation does rather than running on into "Nouri said."
        var paragraphWords = paragraphs[best.Paragraph].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (first, last) = (best.Start, best.Start + best.Passage.Split(' ').Length);
        var closest = best.SimilarityTo(normalizedNeedle);
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var (from, to) in new[] { (first - 1, last), (first + 1, last), (first, last - 1), (first, last + 1) })
            {
                if (from < 0 || to > paragraphWords.Length || to - from < 1) continue;
                var similarity = EditDistance.Similarity(normalizedNeedle, string.Join(' ', paragraphWords, from, to - from));
                if (similarity <= closest) continue;
                (first, last, closest, moved) = (from, to, similarity, true);
            }
        }
        var passage = TrimmedLike(string.Join(' ', paragraphWords, first, last - first), normalizedNeedle);
        return new Match(passage, EditDistance.Similarity(normalizedNeedle, passage), best.Paragraph);
    }

    /// <summary>
    /// Without the quotation marks and punctuation at either end that the quotation does not have there, so the
    /// passage can be copied as it stands: what is left is still a stretch of the text, and so still found in it.
    /// </summary>
    private static string TrimmedLike(string passage, string needle)
    {
        var trimmed = passage;
        if (Array.IndexOf(Punctuation, needle[0]) < 0) trimmed = trimmed.TrimStart(Punctuation);
        if (Array.IndexOf(Punctuation, needle[^1]) < 0) trimmed = trimmed.TrimEnd(Punctuation);
        return trimmed.Length > 0 ? trimmed : passage;
    }

    private static string Bare(string word) => word.Trim(Punctuation);

    public static readonly char[] Punctuation = ['"', '\'', ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '-'];
}
