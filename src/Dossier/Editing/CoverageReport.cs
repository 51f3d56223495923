namespace Dossier.Editing;

/// <summary>Every quoted passage of the article texts, in article, paragraph and position order, and whether a quote or claim covers it.</summary>
public sealed record CoverageReport(IReadOnlyList<QuotedPassage> Passages)
{
    public int Found => Passages.Count;

    public int Covered => Passages.Count(p => p.Covered);

    public int Uncovered => Found - Covered;

    public IEnumerable<QuotedPassage> UncoveredPassages => Passages.Where(p => !p.Covered);
}
