namespace Dossier.Text;

/// <summary>Word-by-word difference between two wordings (longest common subsequence), for showing how a report differs from the canonical quote.</summary>
public static class WordDiff
{
    public enum Kind { Same, Inserted, Deleted }

    public sealed record Piece(Kind Kind, string Text);

    /// <summary>Pieces that turn <paramref name="from"/> into <paramref name="to"/>; runs of the same kind are joined.</summary>
    public static IReadOnlyList<Piece> Compare(string from, string to)
    {
        // Most reports print the canonical wording as it is: one piece, without splitting either into words.
        if (from == to && IsSpacedWords(to)) return [new Piece(Kind.Same, to)];
        var wordsA = Words(from);
        var wordsB = Words(to);
        // Words compare as the matching rules do (quotes and dashes folded), so typography alone is no difference.
        var a = wordsA.Select(NormalizedText.Normalize).ToArray();
        var b = wordsB.Select(NormalizedText.Normalize).ToArray();
        // Most reports print the canonical wording: one piece, with no table of common lengths.
        if (a.AsSpan().SequenceEqual(b)) return b.Length == 0 ? [] : [new Piece(Kind.Same, string.Join(' ', wordsB))];
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);

        var pieces = new List<Piece>();
        var run = new List<string>();
        var kind = Kind.Same;
        void Add(Kind next, string word)
        {
            if (run.Count > 0 && next != kind) Flush();
            kind = next;
            run.Add(word);
        }
        void Flush()
        {
            pieces.Add(new Piece(kind, string.Join(' ', run)));
            run.Clear();
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { Add(Kind.Same, wordsB[y]); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) Add(Kind.Deleted, wordsA[x++]);
            else Add(Kind.Inserted, wordsB[y++]);
        }
        while (x < a.Length) Add(Kind.Deleted, wordsA[x++]);
        while (y < b.Length) Add(Kind.Inserted, wordsB[y++]);
        if (run.Count > 0) Flush();
        return pieces;
    }

    /// <summary>Words with one space between them, and no other white space: as <see cref="Words"/> would join them again.</summary>
    private static bool IsSpacedWords(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || text[i - 1] == ' ')) return false;
        }
        return true;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
