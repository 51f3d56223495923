namespace Dossier.Text;

/// <summary>
/// A wording to find in an article's text: a quotation as reported, a claim's passage. The one rule for finding a
/// wording, used by validation, highlighting, coverage and the proposals alike: curly and straight quotation marks,
/// dash kinds and runs of white space do not count; everything else, case and punctuation included, does.
/// </summary>
public sealed class Wording(string text)
{
    public string Text { get; } = text;

    /// <summary>The wording in matching form (<see cref="NormalizedText"/>).</summary>
    public string Normalized { get; } = NormalizedText.Normalize(text);

    public bool IsEmpty => Normalized.Length == 0;

    /// <summary>The first paragraph that holds the wording, and where in its original text.</summary>
    public (int Paragraph, int Start, int End)? FindIn(IReadOnlyList<NormalizedText> paragraphs)
    {
        if (IsEmpty) return null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Find(Normalized) is { } range) return (p, range.Start, range.End);
        }
        return null;
    }

    /// <summary>
    /// The first place, in reading order, where the wording stands clear of <paramref name="taken"/>: a second report of
    /// a quote in the same article is looked for after the first, not on top of it.
    /// </summary>
    public (int Paragraph, int Start, int End)? FindIn(IReadOnlyList<NormalizedText> paragraphs, IReadOnlyCollection<(int Paragraph, int Start, int End)> taken)
    {
        if (taken.Count == 0) return FindIn(paragraphs);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var (start, end) in FindAllIn(paragraphs[p]))
            {
                if (!taken.Any(t => t.Paragraph == p && t.Start < end && start < t.End)) return (p, start, end);
            }
        }
        return null;
    }

    /// <summary>Every place in one paragraph's original text where the wording stands.</summary>
    public IEnumerable<(int Start, int End)> FindAllIn(NormalizedText paragraph)
    {
        if (IsEmpty) yield break;
        for (var at = paragraph.Value.IndexOf(Normalized, StringComparison.Ordinal); at >= 0;
             at = paragraph.Value.IndexOf(Normalized, at + 1, StringComparison.Ordinal))
        {
            yield return paragraph.ToOriginal(at, Normalized.Length);
        }
    }

    /// <summary>Many wordings at once: the matches <see cref="FindAllIn"/> would give each, in one pass over a paragraph.</summary>
    public static Search<T> Many<T>(IEnumerable<(Wording Wording, T Value)> wordings) => new(wordings);

    public sealed class Search<T>
    {
        // Only each wording's first 64 characters go into the automaton, and a match of them is checked whole: 60,000
        // quotations would otherwise make an automaton of millions of states, built on one core. Fewer characters
        // would match too often: openings such as "I can tell you that we will not" are shared by hundreds of quotes.
        private const int Prefix = 64;

        private readonly AhoCorasick<(string Normalized, T Value)> _automaton;

        public Search(IEnumerable<(Wording Wording, T Value)> wordings) =>
            _automaton = new(wordings.Where(w => !w.Wording.IsEmpty)
                .Select(w => (w.Wording.Normalized[..Math.Min(Prefix, w.Wording.Normalized.Length)], (w.Wording.Normalized, w.Value))));

        public IEnumerable<(int Start, int End, T Value)> FindAllIn(NormalizedText paragraph)
        {
            foreach (var (start, _, (wording, value)) in _automaton.FindAll(paragraph.Value))
            {
                if (!paragraph.Value.AsSpan(start).StartsWith(wording, StringComparison.Ordinal)) continue;
                var (originalStart, originalEnd) = paragraph.ToOriginal(start, wording.Length);
                yield return (originalStart, originalEnd, value);
            }
        }
    }
}
