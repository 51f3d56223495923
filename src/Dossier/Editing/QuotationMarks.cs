namespace Dossier.Editing;

/// <summary>
/// Finds the passages of one paragraph that stand between quotation marks: “…”, "…", or the two mixed
/// ("…” occurs in the seeds). Single marks are left alone: they are also apostrophes.
/// </summary>
public static class QuotationMarks
{
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
        if (text.AsSpan(start, end - start).IndexOfAnyExcept(" -\u2013\u2014.,;:…") < 0) return;
        passages.Add((start, end));
    }
}
