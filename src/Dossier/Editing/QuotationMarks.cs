using System.Buffers;

namespace Dossier.Editing;

/// <summary>
/// Finds the passages of one paragraph that stand between quotation marks: “…”, "…", or the two mixed
/// ("…” occurs in the seeds). Single marks are left alone: they are also apostrophes.
/// </summary>
public static class QuotationMarks
{
    // Spaces, dashes and punctuation: a passage of only these has no words.
    private static readonly SearchValues<char> NotWords = SearchValues.Create(" -\u2013\u2014.,;:…");

    /// <summary>Ranges (end exclusive) of the text inside each pair of marks, without the marks.</summary>
    public static IReadOnlyList<(int Start, int End)> Passages(string paragraph)
    {
        var passages = new List<(int Start, int End)>();
        var open = -1;
        var curlyOpen = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (open < 0)
            {
                if (c is '\u201C' or '"' or '\u201E')
                {
                    open = i + 1;
                    curlyOpen = c != '"';
                }
            }
            else if (c is '\u201D' or '"')
            {
                Add(passages, paragraph, open, i);
                open = -1;
            }
            else if (c is '\u201C' or '\u201E')
            {
                // An opening mark inside an open quotation: the first one was never closed, so start again here.
                open = i + 1;
                curlyOpen = true;
            }
        }
        // A curly quotation left open runs to the end of the paragraph (a quotation spanning paragraphs opens each one
        // and closes only the last). A lone straight mark is more likely an inch sign or a typo, so it is not counted.
        if (open >= 0 && curlyOpen) Add(passages, paragraph, open, paragraph.Length);
        return passages;
    }

    private static void Add(List<(int Start, int End)> passages, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        // “” or “ - ” quotes nothing an editor could curate.
        if (text.AsSpan(start, end - start).IndexOfAnyExcept(NotWords) < 0) return;
        passages.Add((start, end));
    }

    /// <summary>
    /// Every quotation of one paragraph with its nesting, for drafting: double marks curly or straight, and single curly
    /// marks (‘…’) where the opening one follows a space and the closing one is not an apostrophe inside a word. A
    /// quotation inside another is listed too, with its depth. One left open runs to the paragraph's end (it continues
    /// in the next paragraph, which opens with a mark again).
    /// </summary>
    public static IReadOnlyList<MarkedQuotation> Nested(string paragraph)
    {
        var found = new List<MarkedQuotation>();
        var open = new List<(int At, bool Single)>();
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var before = i == 0 ? ' ' : paragraph[i - 1];
            var after = i + 1 < paragraph.Length ? paragraph[i + 1] : ' ';
            if (c is '\u201C' or '\u201E' || (c == '"' && OpensStraight(before, after, open)))
            {
                open.Add((i, false));
            }
            else if (c is '\u201D' or '"')
            {
                var outer = open.FindLastIndex(o => !o.Single);
                if (outer < 0) continue;
                // “” typed twice is one opening mark, not an empty quotation.
                if (paragraph.AsSpan(open[outer].At + 1, i - open[outer].At - 1).IsWhiteSpace() && c == '\u201D') continue;
                found.Add(Close(paragraph, open[outer].At, i, outer, closed: true));
                open.RemoveRange(outer, open.Count - outer);
            }
            else if (c == '\u2018' && !char.IsLetterOrDigit(before))
            {
                open.Add((i, true));
            }
            else if (c == '\u2019' && !char.IsLetter(after) && open.Count > 0 && open[^1].Single)
            {
                found.Add(Close(paragraph, open[^1].At, i, open.Count - 1, closed: true));
                open.RemoveAt(open.Count - 1);
            }
        }
        // Still open at the end: double marks only (a single one left open is an apostrophe more often than not), and a
        // straight one only where it opens the paragraph, as a quotation continued from the last paragraph does.
        foreach (var (at, single) in open)
        {
            if (single || (paragraph[at] == '"' && paragraph[..at].Trim().Length > 0)) continue;
            found.Add(Close(paragraph, at, paragraph.Length, open.FindIndex(o => o.At == at), closed: false));
        }
        found.RemoveAll(q => paragraph.AsSpan(q.Start, q.End - q.Start).IndexOfAnyExcept(NotWords) < 0);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A straight mark opens where it starts a word; otherwise it closes what is open.</summary>
    private static bool OpensStraight(char before, char after, List<(int At, bool Single)> open) =>
        !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '-' or '\u2013' or '\u2014' or ':' or '"' || !open.Any(o => !o.Single));

    private static MarkedQuotation Close(string text, int openMark, int closeMark, int depth, bool closed)
    {
        var start = openMark + 1;
        var end = closeMark;
        // A mark typed twice (“”We …) opens once.
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '\u201C' or '\u201D')) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new MarkedQuotation(start, end, depth, openMark, closed ? closeMark : -1);
    }
}

/// <summary>
/// A quotation of one paragraph: its words [Start, End) without the marks, how deep it stands inside other quotations
/// (0 for none), where its opening mark is, and its closing mark (-1 when it runs on into the next paragraph).
/// </summary>
public sealed record MarkedQuotation(int Start, int End, int Depth, int OpenMark, int CloseMark)
{
    public bool RunsOn => CloseMark < 0;

    /// <summary>Where the quotation ends with its closing mark, or the paragraph's end.</summary>
    public int Outer(int paragraphLength) => RunsOn ? paragraphLength : CloseMark + 1;
}
