namespace Dossier.Tests.Drafting;

/// <summary>Which passages are quotations, where they stand, and how sure the draft is that they were said.</summary>
public sealed class QuotationTests
{
    [Fact]
    public void A_quotation_over_several_paragraphs_is_one_proposal_per_paragraph_each_with_the_speaker_so_check_can_find_each()
    {
        var draft = Drafts.Of("""
            Maria Oduya set out the plan in a letter to the council:

            “The first span will be lifted in March, and the deck poured in April.

            “The bridge will then reopen in May, if the weather holds.”

            The council has not replied.
            """);
        draft.Quotes.Select(q => q.Text).ShouldBe([
            "The first span will be lifted in March, and the deck poured in April.",
            "The bridge will then reopen in May, if the weather holds.",
        ]);
        draft.Quotes.ShouldAllBe(q => q.Speaker.Name == "Maria Oduya");
        draft.Quotes.Select(q => (q.Evidence.Line, q.Evidence.Column)).ShouldBe([(3, 2), (5, 2)]);
    }

    [Fact]
    public void A_quotation_inside_another_stays_inside_it()
    {
        var draft = Drafts.Of("“The inspectors called it a “minor delay” in their report, nothing more,” Maria Oduya said.");
        var outer = draft.Quote("The inspectors");
        outer.Text.ShouldBe("The inspectors called it a “minor delay” in their report, nothing more");
        outer.Speaker.Name.ShouldBe("Maria Oduya");
        draft.Quotes.Where(q => q != outer).ShouldAllBe(q => q.Evidence.Confidence < 0.5);
    }

    [Fact]
    public void A_quotation_inside_another_with_its_own_speaker_is_proposed_too()
    {
        var draft = Drafts.Of("Ruth Ambler wrote: “Then Tomas Brandt told me, “We need two more weeks to test every cable,” and I believed him.”");
        draft.Quote("We need").Speaker.Name.ShouldBe("Tomas Brandt");
        draft.Quote("Then Tomas").Speaker.Name.ShouldBe("Ruth Ambler");
    }

    [Theory]
    [InlineData("The minister called the delay “regrettable” and the plan “ambitious”.")]
    [InlineData("Maria Oduya said the closure was “temporary”.")]
    [InlineData("The campaign, known as “Build Back Stronger Together”, ended in June.")]
    [InlineData("Maria Oduya said she reread “The Old Man and the Sea” every summer.")]
    [InlineData("The so-called “river tax” was dropped.")]
    [InlineData("Residents call him ‘the ferryman’ still.")]
    public void Scare_quotes_titles_and_names_are_low(string text)
    {
        Drafts.Of(text).Quotes.ShouldNotBeEmpty();
        Drafts.Of(text).Quotes.ShouldAllBe(q => q.Evidence.Confidence < 0.5);
    }

    [Fact]
    public void Straight_and_curly_marks_mixed_and_doubled_are_read()
    {
        var draft = Drafts.Of("""
            Maria Oduya said "the bridge will reopen in May” at the hearing.
            Tomas Brandt added, “”We need two more weeks to test every cable.”
            """);
        draft.Quote("the bridge").Text.ShouldBe("the bridge will reopen in May");
        draft.Quote("We need").Speaker.Name.ShouldBe("Tomas Brandt");
    }

    [Fact]
    public void Line_and_column_point_at_the_words_in_the_seed()
    {
        const string text = "Headline of the day\n\nIn the morning, Maria Oduya said: “The bridge will reopen in May.”\n";
        var quote = Drafts.Of(text).Quotes.Single();
        var line = text.Split('\n')[quote.Evidence.Line - 1];
        line[(quote.Evidence.Column - 1)..].ShouldStartWith(quote.Text);
    }

    [Fact]
    public void A_comma_before_the_closing_mark_is_left_out()
    {
        Drafts.Of("“The bridge will reopen in May,” Maria Oduya said.").Quotes.Single().Text.ShouldBe("The bridge will reopen in May");
    }
}
