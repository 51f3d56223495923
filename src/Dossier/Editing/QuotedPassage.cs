using Dossier.Model;

namespace Dossier.Editing;

/// <summary>
/// Words an article prints between quotation marks. Paragraph is the paragraph's one-based number in the article,
/// SeedLine its line in the seed file, Start the passage's index in the paragraph's text (just inside the opening mark).
/// </summary>
public sealed record QuotedPassage(Article Article, int Paragraph, int SeedLine, int Start, string Words, bool Covered)
{
    public string ArticleId => Article.Id;
}
