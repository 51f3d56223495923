using Dossier.Text;
using static Dossier.Text.WordDiff;

namespace Dossier.Tests.Units;

public sealed class WordDiffTests
{
    [Fact]
    public void An_inserted_word_is_shown_between_the_same_words()
    {
        Compare("We will stay safe", "We will all stay safe").ShouldBe([
            new Piece(Kind.Same, "We will"),
            new Piece(Kind.Inserted, "all"),
            new Piece(Kind.Same, "stay safe"),
        ]);
    }

    [Fact]
    public void A_deleted_word_is_shown_between_the_same_words()
    {
        Compare("We will stay safe", "We stay safe").ShouldBe([
            new Piece(Kind.Same, "We"),
            new Piece(Kind.Deleted, "will"),
            new Piece(Kind.Same, "stay safe"),
        ]);
    }

    [Fact]
    public void A_changed_word_is_a_deletion_then_an_insertion()
    {
        Compare("We will stay safe", "We will stay calm").ShouldBe([
            new Piece(Kind.Same, "We will stay"),
            new Piece(Kind.Deleted, "safe"),
            new Piece(Kind.Inserted, "calm"),
        ]);
    }

    [Fact]
    public void Curly_quotes_dashes_and_spacing_are_not_differences()
    {
        Compare("“We will stay safe” — she said", "\"We  will stay\nsafe\" - she said")
            .ShouldBe([new Piece(Kind.Same, "\"We will stay safe\" - she said")]);
    }

    [Fact]
    public void A_change_of_case_is_a_difference()
    {
        Compare("We will", "we will").ShouldBe([
            new Piece(Kind.Deleted, "We"),
            new Piece(Kind.Inserted, "we"),
            new Piece(Kind.Same, "will"),
        ]);
    }

    [Theory]
    [InlineData("We will stay safe")]
    [InlineData(" We will stay safe")]
    [InlineData("\tWe will stay safe")]
    [InlineData("We  will stay safe")]
    [InlineData("We will\tstay safe")]
    [InlineData("We will stay\u00A0safe")]
    [InlineData("We will stay safe\n")]
    [InlineData("We will stay safe ")]
    public void The_same_wording_is_one_piece_with_its_spacing_made_plain(string wording)
    {
        Compare(wording, wording).ShouldBe([new Piece(Kind.Same, "We will stay safe")]);
    }

    [Fact]
    public void Comparing_with_nothing_deletes_or_inserts_everything()
    {
        Compare("stay safe", "").ShouldBe([new Piece(Kind.Deleted, "stay safe")]);
        Compare("", "stay safe").ShouldBe([new Piece(Kind.Inserted, "stay safe")]);
        Compare("", "").ShouldBeEmpty();
    }
}
