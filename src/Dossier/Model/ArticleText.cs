using Dossier.Text;

namespace Dossier.Model;

/// <summary>The reading text of one article, cut from its seed, with the matching form of each paragraph prepared once.</summary>
public sealed record ArticleText(string ArticleId, IReadOnlyList<Paragraph> Paragraphs)
{
    private IReadOnlyList<NormalizedText>? _normalized;

    public IReadOnlyList<NormalizedText> Normalized =>
        _normalized ??= Paragraphs.Select(p => NormalizedText.From(p.Text)).ToArray();
}
