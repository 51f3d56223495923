using Dossier.Drafting;
using Dossier.Model;

namespace Dossier.Tests.Drafting;

/// <summary>Date lines in the forms news pages print them, and days named in running text resolved against them.</summary>
public sealed class DatesTests
{
    [Theory]
    [InlineData("January 8, 2020", "2020-01-08")]
    [InlineData("8 January 2020", "2020-01-08")]
    [InlineData("2020-01-08", "2020-01-08")]
    [InlineData("Jan. 8, 2020", "2020-01-08")]
    [InlineData("Posted on March 3, 2021 by admin", "2021-03-03")]
    [InlineData("Wednesday 8th January 2020 | 21:40", "2020-01-08")]
    [InlineData("date 2020/01/08 | 21:40 - Source: Example", "2020-01-08")]
    [InlineData("April 20, 2020 - 20:5", "2020-04-20")]
    [InlineData("Updated December 2020", "2020-12")]
    public void Reads_a_date_line(string line, string iso)
    {
        PrintedDates.DateLine(line).ShouldNotBeNull().Date.Iso.ShouldBe(iso);
    }

    [Theory]
    [InlineData("On January 8, 2020, the council voted to close the old bridge for good.")]
    [InlineData("The bridge was closed in 2019.")]
    [InlineData("Nothing happened.")]
    public void Prose_is_not_a_date_line(string line)
    {
        PrintedDates.DateLine(line).ShouldBeNull();
    }

    [Theory]
    [InlineData("the minister said Wednesday", "2020-01-08")]
    [InlineData("the minister said on Friday", "2020-01-10")]
    [InlineData("the minister said yesterday", "2020-01-09")]
    [InlineData("the minister said on January 6", "2020-01-06")]
    [InlineData("the minister said on December 30", "2019-12-30")]
    public void Resolves_a_day_against_the_piece_s_date(string sentence, string iso)
    {
        // 10 January 2020 was a Friday.
        PrintedDates.DayMentioned(sentence, new PartialDate(2020, 1, 10)).ShouldNotBeNull().Date.Iso.ShouldBe(iso);
    }

    [Fact]
    public void A_day_is_not_resolved_without_a_dated_piece()
    {
        PrintedDates.DayMentioned("the minister said Wednesday", null).ShouldBeNull();
        PrintedDates.DayMentioned("the minister said Wednesday", new PartialDate(2020, 1, null)).ShouldBeNull();
    }

    [Fact]
    public void A_quotation_s_day_comes_from_its_attribution()
    {
        var draft = Drafts.Of("""
            Bridge to reopen in May

            January 10, 2020

            Transport Minister Maria Oduya said Wednesday that “the bridge will reopen in May.”
            """);
        draft.Articles.Single().Published.ShouldBe(new PartialDate(2020, 1, 10));
        draft.Quotes.Single().Said.ShouldBe(new PartialDate(2020, 1, 8));
    }
}
