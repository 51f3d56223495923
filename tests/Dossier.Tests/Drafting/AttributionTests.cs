namespace Dossier.Tests.Drafting;

/// <summary>Each way news prose attributes a quotation, on sentences made up for the purpose.</summary>
public sealed class AttributionTests
{
    [Theory]
    [InlineData("“The bridge will reopen in May,” Maria Oduya said.", "speaker-after-quote")]
    [InlineData("“The bridge will reopen in May,” said Maria Oduya, the city's transport chief.", "verb-then-speaker")]
    [InlineData("Maria Oduya said: “The bridge will reopen in May.”", "speaker-before-verb")]
    [InlineData("Maria Oduya told reporters on the riverbank that “the bridge will reopen in May.”", "speaker-before-verb")]
    [InlineData("“The bridge will reopen in May,” according to Maria Oduya.", "according-to")]
    [InlineData("According to Maria Oduya, “the bridge will reopen in May.”", "according-to")]
    [InlineData("Maria Oduya, the city's transport chief, said “the bridge will reopen in May.”", "apposition")]
    [InlineData("Maria Oduya wrote on her blog: “The bridge will reopen in May.”", "speaker-before-verb")]
    [InlineData("Maria Oduya tweeted, “The bridge will reopen in May.”", "speaker-before-verb")]
    [InlineData("Maria Oduya stressed that \"the bridge will reopen in May.\"", "speaker-before-verb")]
    [InlineData("Maria Oduya warned the council, noting that “the bridge will reopen in May at the earliest.”", "clause-subject")]
    [InlineData("Maria Oduya visited the site and added: “The bridge will reopen in May.”", "clause-subject")]
    [InlineData("Transport Minister Maria Oduya noted that “the bridge will reopen in May.”", "speaker-before-verb")]
    [InlineData("“The bridge will reopen in May,” Maria Oduya, the city's transport chief, told the council.", "speaker-after-quote")]
    public void Finds_the_speaker_however_the_sentence_attributes_the_quotation(string text, string rule)
    {
        var quote = Drafts.Of(text).Quotes.Single();
        quote.Speaker.Name.ShouldBe("Maria Oduya");
        quote.Evidence.Rule.ShouldStartWith(rule);
        quote.Evidence.Confidence.ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void Titles_and_offices_are_not_part_of_the_name()
    {
        var draft = Drafts.Of("Deputy Prime Minister Lena Varga said the talks “will resume next week in Vienna.”");
        draft.Quotes.Single().Speaker.Name.ShouldBe("Lena Varga");
        draft.Actors.ShouldContain(a => a.Name == "Lena Varga" && a.Id == "lena-varga");
    }

    [Fact]
    public void A_name_joined_by_an_arabic_article_is_read_whole()
    {
        var quote = Drafts.Of("“Talks will continue until the water is shared fairly,” Karim al-Nasser said.").Quotes.Single();
        quote.Speaker.Name.ShouldBe("Karim al-Nasser");
    }

    [Fact]
    public void A_name_that_is_the_object_of_a_role_is_not_the_speaker()
    {
        var quote = Drafts.Of("Tomas Brandt, the former envoy to Norway, has said that “the fishing quotas will be cut again next year.”").Quotes.Single();
        quote.Speaker.Name.ShouldBe("Tomas Brandt");
    }

    [Fact]
    public void An_outlet_that_reported_a_statement_is_not_its_speaker()
    {
        var quote = Drafts.Of("Tomas Brandt said “the quotas will be cut again next year,” the Harbour Gazette reported.").Quotes.Single();
        quote.Speaker.Name.ShouldBe("Tomas Brandt");
    }

    [Fact]
    public void A_quotation_nobody_is_said_to_have_said_has_no_speaker()
    {
        var quote = Drafts.Of("The walls of the old harbour read “no ships after dark, no lights after ten, no questions at all.”").Quotes.Single();
        quote.Speaker.Name.ShouldBeNull();
        quote.Speaker.Actor.ShouldBeNull();
        quote.Evidence.Confidence.ShouldBeLessThan(0.5);
    }
}
