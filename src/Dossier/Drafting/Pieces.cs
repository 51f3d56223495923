namespace Dossier.Drafting;

/// <summary>The lines of one published piece within a seed, first and last inclusive (indexes into the seed's lines).</summary>
public sealed record Piece(int First, int Last, bool OneOfSeveral);

/// <summary>
/// Cuts a seed into the pieces it holds. A blog or archive page closes every post with a footer (its date, "Posted by",
/// tags, a comment count); a page with more than one such footer holds one post per footer, each running from the
/// line after the previous footer to the end of its own.
/// </summary>
public static class Pieces
{
    public static IReadOnlyList<Piece> Of(IReadOnlyList<SeedLine> lines)
    {
        var whole = new Piece(0, lines.Count - 1, false);
        var footers = Footers(lines);
        if (footers.Count < 2) return [whole];

        var pieces = new List<Piece>();
        var start = 0;
        foreach (var footer in footers)
        {
            if (HasBody(lines, start, footer.Start)) pieces.Add(new Piece(start, footer.End - 1, true));
            start = footer.End;
        }
        if (HasBody(lines, start, lines.Count)) pieces.Add(new Piece(start, lines.Count - 1, true));
        return pieces.Count < 2 ? [whole] : pieces;
    }

    /// <summary>Runs of lines (end exclusive) that date a post and say who posted it, its tags or its comments.</summary>
    private static List<(int Start, int End)> Footers(IReadOnlyList<SeedLine> lines)
    {
        var footers = new List<(int Start, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsEmpty || PrintedDates.DateLine(lines[i].Text) is null) continue;
            var end = i + 1;
            var furniture = 0;
            while (end < lines.Count && (lines[end].IsEmpty || Boilerplate.Kind(lines[end].Text) is "posted-by" or "tag-line" or "comment-count"))
            {
                if (!lines[end].IsEmpty) furniture++;
                end++;
            }
            // Trailing blank lines belong to the gap, not the footer.
            while (end > i + 1 && lines[end - 1].IsEmpty) end--;
            if (furniture == 0) continue;
            footers.Add((i, end));
            i = end - 1;
        }
        return footers;
    }

    private static bool HasBody(IReadOnlyList<SeedLine> lines, int start, int end)
    {
        for (var i = start; i < end && i < lines.Count; i++)
        {
            if (!lines[i].IsEmpty && Boilerplate.Kind(lines[i].Text) is null && PrintedDates.DateLine(lines[i].Text) is null) return true;
        }
        return false;
    }
}
