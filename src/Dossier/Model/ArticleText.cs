using Dossier.Text;

namespace Dossier.Model;

/// <summary>The reading text of one article, cut from its seed, with the matching form of each paragraph prepared once.</summary>
public sealed record ArticleText(string ArticleId, IReadOnlyList<Paragraph> Paragraphs)
{
    private IReadOnlyList<NormalizedText>? _normalized;

    /// <summary>The paragraphs in matching form, made when first asked for and kept until <see cref="ForgetNormalized"/>.</summary>
    public IReadOnlyList<NormalizedText> Normalized =>
        _normalized ??= Paragraphs.Select(p => NormalizedText.From(p.Text)).ToArray();

    /// <summary>
    /// Lets go of the matching forms, which validation and resolution use and drawing does not: a build that ends
    /// with its pages need not keep a second copy of every text that has quotation marks or dashes.
    /// </summary>
    public void ForgetNormalized() => _normalized = null;
}
