using Dossier.Text;

namespace Dossier.Tests.Units;

public sealed class SuggestionsTests
{
    private static readonly string[] Actors = ["hassan-rouhani", "qassem-soleimani", "abu-mahdi-al-muhandis", "donald-trump"];

    [Theory]
    [InlineData("hasan-rouhani", "hassan-rouhani")]
    [InlineData("qasem-soleimani", "qassem-soleimani")]
    [InlineData("donald-trmp", "donald-trump")]
    public void A_near_miss_suggests_the_intended_id(string wrong, string expected)
    {
        Suggestions.DidYouMean(wrong, Actors).ShouldBe($"Did you mean '{expected}'?");
    }

    [Theory]
    [InlineData("mike-pompeo")]
    [InlineData("x")]
    public void Something_far_from_every_candidate_gets_no_suggestion(string wrong)
    {
        Suggestions.DidYouMean(wrong, Actors).ShouldBeNull();
    }

    [Fact]
    public void Short_words_allow_two_edits()
    {
        Suggestions.Nearest("nme", ["name", "kind"]).ShouldBe("name");
        Suggestions.Nearest("kd", ["name", "kind"]).ShouldBe("kind");
    }

    [Fact]
    public void Ties_go_to_the_alphabetically_first_candidate_whatever_the_input_order()
    {
        Suggestions.Nearest("cat", ["hat", "bat"]).ShouldBe("bat");
        Suggestions.Nearest("cat", ["bat", "hat"]).ShouldBe("bat");
    }

    [Fact]
    public void No_candidates_give_no_suggestion()
    {
        Suggestions.DidYouMean("anything", []).ShouldBeNull();
    }
}
