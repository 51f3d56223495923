using Dossier.Model;
using Dossier.Text;

namespace Dossier.DraftAccuracy;

/// <summary>One curated report of a quote (or a claim's passage), located in its article's seed.</summary>
public sealed record CuratedPassage(Quote? Quote, Article Article, string Wording, IReadOnlyList<int> Lines)
{
    /// <summary>The first line that holds the wording.</summary>
    public int Line => Lines[0];
}

/// <summary>What the editors curated, located line by line in the seeds.</summary>
public sealed class Curated
{
    public Curated(Content content)
    {
        Content = content;
        foreach (var quote in content.All<Quote>())
        {
            foreach (var report in quote.Reported)
            {
                if (Locate(report.Article.Resolved, report.Text?.Value ?? quote.Text) is { Count: > 0 } lines) Reports.Add(new CuratedPassage(quote, report.Article.Resolved!, report.Text?.Value ?? quote.Text, lines));
            }
        }
        foreach (var claimant in content.All<Claim>().SelectMany(c => c.Answers).SelectMany(a => a.Claimants))
        {
            if (Locate(claimant.Article.Resolved, claimant.Text.Value) is { Count: > 0 } lines) Claims.Add(new CuratedPassage(null, claimant.Article.Resolved!, claimant.Text.Value, lines));
        }
    }

    public Content Content { get; }

    public List<CuratedPassage> Reports { get; } = [];

    public List<CuratedPassage> Claims { get; } = [];

    /// <summary>The curated article whose text holds the seed line, if any.</summary>
    public Article? ArticleAt(string source, int line) => Content.Texts
        .Where(t => t.Key.Source.Value == source && t.Value.Paragraphs.Count > 0)
        .FirstOrDefault(t => t.Value.Paragraphs[0].SeedLine <= line && line <= t.Value.Paragraphs[^1].SeedLine).Key;

    /// <summary>Every seed line of the article's text where the wording stands (a wording may also stand outside quotation marks).</summary>
    private List<int>? Locate(Article? article, string wording)
    {
        if (article is null || !Content.Texts.TryGetValue(article, out var text)) return null;
        var found = new Wording(wording);
        return text.Paragraphs.Where((_, p) => found.FindAllIn(text.Normalized[p]).Any()).Select(p => p.SeedLine).ToList();
    }

    /// <summary>The two wordings overlap: one holds the other, compared the one way wordings are (<see cref="Wording"/>).</summary>
    public static bool Overlap(string a, string b) =>
        new Wording(a).FindAllIn(NormalizedText.From(b)).Any() || new Wording(b).FindAllIn(NormalizedText.From(a)).Any();

    /// <summary>The speaker's name fits the actor: one of its names or aliases, or the same surname.</summary>
    public static bool NameFits(string? name, Actor? actor)
    {
        if (name is null || actor is null) return false;
        var words = Words(name);
        return actor.Aliases.Select(a => a.Value).Prepend(actor.Name).Select(Words)
            .Any(form => form.SequenceEqual(words) || (form.Length > 0 && words.Length > 0 && form[^1] == words[^1]));
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Replace('’', '\'').Split([' ', '-', '–', '.'], StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the").ToArray();
}
