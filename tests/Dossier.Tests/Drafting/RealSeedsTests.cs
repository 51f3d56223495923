using Dossier.Drafting;
using Dossier.Tests.Support;

namespace Dossier.Tests.Drafting;

/// <summary>The repository's own seeds drafted from nothing, checked for what an editor would notice first.</summary>
public sealed class RealSeedsTests
{
    private static readonly IReadOnlyList<SeedFile> Seeds = Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.txt")
        .Order(StringComparer.Ordinal).Select(f => new SeedFile(Path.GetFileName(f), File.ReadAllText(f).ReplaceLineEndings("\n"))).ToArray();

    private static readonly Draft Draft = Drafter.Draft(Drafts.Empty, Seeds);

    [Fact]
    public void Every_quotation_s_line_and_column_point_at_its_words()
    {
        Draft.Quotes.ShouldNotBeEmpty();
        foreach (var quote in Draft.Quotes)
        {
            var source = Draft.Articles.Single(a => a.Id == quote.Article).Source;
            var line = Seeds.Single(s => s.Name == source).Text.Split('\n')[quote.Evidence.Line - 1];
            var words = quote.Text[..Math.Min(quote.Text.Length, line.Length - quote.Evidence.Column + 1)];
            line[(quote.Evidence.Column - 1)..].ShouldStartWith(words, customMessage: $"{source}({quote.Evidence.Line},{quote.Evidence.Column})");
        }
    }

    [Fact]
    public void A_page_of_several_posts_gives_several_dated_articles_that_cut_apart()
    {
        var pages = Draft.Articles.GroupBy(a => a.Source).Where(g => g.Count() > 1).ToList();
        var page = pages.ShouldHaveSingleItem();
        page.Count().ShouldBeGreaterThan(5);
        page.ShouldAllBe(a => a.Published != null && a.ExcerptStart != null && a.ExcerptEnd != null);
        var text = Seeds.Single(s => s.Name == page.Key).Text;
        foreach (var article in page) text.ShouldContain(article.ExcerptStart!);
    }

    [Fact]
    public void Every_speaker_the_text_names_is_an_actor_and_none_is_a_pronoun()
    {
        var ids = Draft.Actors.Select(a => a.Id).ToList();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        Draft.Actors.ShouldAllBe(a => !new[] { "he", "she", "it", "they", "we", "him", "her", "them" }.Contains(a.Name.ToLowerInvariant()) && !a.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
        Draft.Quotes.Where(q => q.Speaker.Actor is not null).ShouldAllBe(q => ids.Contains(q.Speaker.Actor!));
    }

    [Fact]
    public void Most_quotations_are_attributed_and_the_confident_ones_are_long()
    {
        var confident = Draft.Quotes.Where(q => q.Evidence.Confidence >= 0.5).ToList();
        confident.Count.ShouldBeGreaterThan(Draft.Quotes.Count / 2);
        confident.ShouldAllBe(q => q.Speaker.Name != null && q.Text.Split(' ', StringSplitOptions.None).Length > 3);
    }
}
