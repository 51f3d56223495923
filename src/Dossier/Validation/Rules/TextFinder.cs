using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Validation.Rules;

/// <summary>What the two "text must appear in article" rules share: the search and the message when it fails.</summary>
internal static class TextFinder
{
    public static void ExpectIn(Content content, Ref<Article> reference, Located<string> text, string code, string what, DiagnosticBag bag)
    {
        if (text.Value.Length == 0 || reference.Resolved is not { } found || content.TextOf(found) is not { } article) return;
        var articleId = found.Id;
        var wording = new Wording(text.Value);
        if (wording.FindIn(article.Normalized) is not null) return;
        var needle = wording.Normalized;

        var closest = ClosestPassage.Find(needle, article.Normalized);
        var hint = closest is null
            ? "The article has no text to match."
            : $"Closest passage (paragraph {article.Paragraphs[closest.ParagraphIndex].Number}, line {article.Paragraphs[closest.ParagraphIndex].SeedLine} of the seed, {closest.Similarity:P0} alike): «{closest.Passage}».";
        if (closest is not null && string.Equals(closest.Passage.Trim(ClosestPassage.Punctuation), needle.Trim(ClosestPassage.Punctuation), StringComparison.OrdinalIgnoreCase))
            hint += " Only capital letters differ.";
        bag.Error(code, text.Span, $"{what} is not found in the text of article '{articleId}'.",
            hint + " Copy the wording exactly as printed; quotes, dashes and spacing may differ, nothing else.");
    }
}
