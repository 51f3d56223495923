using Dossier.Text;

namespace Dossier.Model;

/// <summary>The reading text of one article, cut from its seed, with the matching form of each paragraph prepared once.</summary>
public sealed record ArticleText(string ArticleId, IReadOnlyList<Paragraph> Paragraphs)
{
    private IReadOnlyList<NormalizedText>? _normalized;

    /// <summary>The paragraphs in matching form, made when first asked for and kept until <see cref="Compact"/>.</summary>
    public IReadOnlyList<NormalizedText> Normalized =>
        _normalized ??= Paragraphs.Select(p => NormalizedText.From(p.Text)).ToArray();

    /// <summary>
    /// For a build that only draws the text from here on: lets go of the matching forms, which validation and
    /// resolution use and drawing does not, and keeps the paragraphs as UTF-8. The texts are most of what a large
    /// dossier holds while its pages are drawn (200 MB as .NET strings at 20,000 articles); each is read a few times
    /// (its article's page, dossier.json, the feed), so decoding it each time costs less than keeping it twice as large.
    /// </summary>
    public void Compact()
    {
        _normalized = null;
        foreach (var paragraph in Paragraphs) paragraph.Compact();
    }
}
