namespace Dossier.Text;

/// <summary>Finds the passage of a text most like a quotation that was not found, to show the editor what is there.</summary>
public static class ClosestPassage
{
    public sealed record Match(string Passage, double Similarity, int ParagraphIndex);

    public static Match? Find(string normalizedNeedle, IReadOnlyList<NormalizedText> paragraphs)
    {
        var needleWords = normalizedNeedle.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (needleWords.Length == 0) return null;
        var needleSet = needleWords.ToHashSet(StringComparer.OrdinalIgnoreCase);

        // First pick the window sharing most words (cheap), then score only that one by edit distance.
        (int Paragraph, int Start, int Shared) best = (-1, 0, -1);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var words = paragraphs[p].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var window = Math.Min(needleWords.Length, words.Length);
            if (window == 0) continue;
            var shared = 0;
            for (var i = 0; i < window; i++) if (needleSet.Contains(words[i])) shared++;
            if (shared > best.Shared) best = (p, 0, shared);
            for (var start = 1; start + window <= words.Length; start++)
            {
                if (needleSet.Contains(words[start - 1])) shared--;
                if (needleSet.Contains(words[start + window - 1])) shared++;
                if (shared > best.Shared) best = (p, start, shared);
            }
        }
        if (best.Paragraph < 0) return null;
        var bestWords = paragraphs[best.Paragraph].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var passage = string.Join(' ', bestWords.Skip(best.Start).Take(needleWords.Length));
        return new Match(passage, EditDistance.Similarity(normalizedNeedle, passage), best.Paragraph);
    }
}
