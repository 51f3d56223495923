using Dossier.Editing;

namespace Dossier.Drafting;

/// <summary>
/// The running text around quotations: a paragraph (or, for a quotation inside another, the outer one's words) with
/// every quotation at the same depth masked, so that the words of a quotation are never read as its attribution.
/// A masked quotation keeps its marks (as '"') and, where it ends a sentence, its final stop.
/// </summary>
public sealed class Frame
{
    private Frame(string text, int offset)
    {
        Text = text;
        Offset = offset;
    }

    /// <summary>The masked text; position i stands for position Offset + i of the paragraph.</summary>
    public string Text { get; }

    public int Offset { get; }

    public static Frame Around(string paragraph, IReadOnlyList<MarkedQuotation> marks, MarkedQuotation quotation)
    {
        var parent = marks.Where(m => m.Depth == quotation.Depth - 1 && m.OpenMark < quotation.OpenMark && quotation.Outer(paragraph.Length) <= m.Outer(paragraph.Length))
            .OrderByDescending(m => m.OpenMark).FirstOrDefault();
        var (start, end) = parent is null ? (0, paragraph.Length) : (parent.Start, parent.End);
        var text = paragraph[start..end].ToCharArray();
        foreach (var mark in marks.Where(m => m.Depth == quotation.Depth && m.OpenMark >= start && m.Start <= end))
        {
            Mask(text, mark.OpenMark - start, Math.Min(mark.Outer(paragraph.Length), end) - start);
        }
        return new Frame(new string(text), start);
    }

    /// <summary>A paragraph with all its top-level quotations masked: for reading who the sentences are about.</summary>
    public static Frame Of(string paragraph, IReadOnlyList<MarkedQuotation> marks)
    {
        var text = paragraph.ToCharArray();
        foreach (var mark in marks.Where(m => m.Depth == 0)) Mask(text, mark.OpenMark, mark.Outer(paragraph.Length));
        return new Frame(new string(text), 0);
    }

    private static void Mask(char[] text, int from, int to)
    {
        if (from < 0 || to > text.Length || from >= to) return;
        var last = to - 1;
        var stop = Array.FindLastIndex(text, last, last - from + 1, c => !char.IsWhiteSpace(c) && c is not ('”' or '"' or '’'));
        var keepStop = stop > from && text[stop] is '.' or '!' or '?';
        for (var i = from; i < to; i++) text[i] = '_';
        text[from] = '"';
        if (to - 1 > from) text[to - 1] = '"';
        if (keepStop && stop < to - 1) text[stop] = '.';
    }
}
