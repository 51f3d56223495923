using Dossier.Editing;

namespace Dossier.Drafting;

/// <summary>A paragraph of a piece's reading text: its seed line and the quotations its marks enclose.</summary>
public sealed record ReadingParagraph(SeedLine Line, IReadOnlyList<MarkedQuotation> Marks)
{
    public string Text => Line.Text;
}

/// <summary>
/// A quotation of a piece: the paragraph it opens in (index into the piece's paragraphs), its mark there, and the
/// paragraph it ends in with that paragraph's mark (the same for a quotation within one paragraph).
/// </summary>
public sealed record Quotation(int Paragraph, MarkedQuotation Mark, int LastParagraph, MarkedQuotation LastMark, string Text)
{
    /// <summary>Where the words start in the seed: 1-based line and column.</summary>
    public (int Line, int Column) Position(IReadOnlyList<ReadingParagraph> paragraphs) =>
        (paragraphs[Paragraph].Line.Number, Mark.Start + 1);

    /// <summary>
    /// Every quotation of the paragraphs, in reading order. One whose paragraph ends with it still open, followed by a
    /// paragraph that opens with a mark, goes on there (the newspaper convention for a quotation of several
    /// paragraphs). Each paragraph's part is a quotation of its own, since a quote's wording is found within one
    /// paragraph of an article (a wording that ran on would never pass `check`); the first part still reaches to the
    /// last paragraph for finding the speaker, who is often named only at the end, and the parts after it take the
    /// speaker of the paragraph before, as any paragraph that is only a quotation does.
    /// </summary>
    public static IReadOnlyList<Quotation> All(IReadOnlyList<ReadingParagraph> paragraphs)
    {
        var quotations = new List<Quotation>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var mark in paragraphs[p].Marks)
            {
                var text = Words(paragraphs[p].Text, mark);
                var (last, lastMark) = (p, mark);
                while (lastMark.RunsOn && lastMark.Depth == 0 && last + 1 < paragraphs.Count && Continuation(paragraphs[last + 1]) is { } next)
                {
                    last++;
                    lastMark = next;
                }
                quotations.Add(new Quotation(p, mark, last, lastMark, TrimTrailingComma(text)));
            }
        }
        return quotations;
    }

    private static MarkedQuotation? Continuation(ReadingParagraph paragraph)
    {
        var first = paragraph.Text.Length - paragraph.Text.TrimStart().Length;
        return paragraph.Marks.FirstOrDefault(m => m.Depth == 0 && m.OpenMark == first);
    }

    private static string Words(string paragraph, MarkedQuotation mark) => paragraph[mark.Start..mark.End];

    // A comma before the closing mark belongs to the sentence around the quotation, not to what was said.
    private static string TrimTrailingComma(string text) => text.TrimEnd().TrimEnd(',').TrimEnd();
}
