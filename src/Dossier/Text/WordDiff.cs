namespace Dossier.Text;

/// <summary>Word-by-word difference between two wordings (longest common subsequence), for showing how a report differs from the canonical quote.</summary>
public static class WordDiff
{
    public enum Kind { Same, Inserted, Deleted }

    public sealed record Piece(Kind Kind, string Text);

    /// <summary>Pieces that turn <paramref name="from"/> into <paramref name="to"/>; runs of the same kind are joined.</summary>
    public static IReadOnlyList<Piece> Compare(string from, string to)
    {
        var wordsA = Words(from);
        var wordsB = Words(to);
        var a = wordsA.Select(NormalizedText.Normalize).ToArray();
        var b = wordsB.Select(NormalizedText.Normalize).ToArray();
        // Words compare as the matching rules do (quotes and dashes folded), so typography alone is no difference.
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);

        var pieces = new List<Piece>();
        void Add(Kind kind, string word)
        {
            if (pieces.Count > 0 && pieces[^1].Kind == kind) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + word };
            else pieces.Add(new Piece(kind, word));
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
        return pieces;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
