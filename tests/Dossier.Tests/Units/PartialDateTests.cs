using Dossier.Model;

namespace Dossier.Tests.Units;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2020-01-08", 2020, 1, 8)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("2020-01", 2020, 1, null)]
    [InlineData("2020", 2020, null, null)]
    public void Valid_dates_parse_to_what_they_say(string text, int year, int? month, int? day)
    {
        PartialDate.TryParse(text, out var date).ShouldBeTrue();

        date.ShouldBe(new PartialDate(year, month, day));
        date.Iso.ShouldBe(text);
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("2021-04-31")]
    [InlineData("2021-13-01")]
    [InlineData("2021-00")]
    [InlineData("2021-01-00")]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("0000-01-01")]
    [InlineData("2021-1-5")]
    [InlineData("21-01-05")]
    [InlineData("2021/01/05")]
    [InlineData("8 January 2020")]
    [InlineData(" 2020-01-08")]
    [InlineData("2020-01-08T10:00")]
    [InlineData("")]
    public void Invalid_dates_are_refused(string text)
    {
        PartialDate.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_date_in_eastern_arabic_digits_is_refused_not_a_crash()
    {
        PartialDate.TryParse("٢٠٢٠-٠١-٠٨", out _).ShouldBeFalse();
    }

    [Fact]
    public void Dates_order_by_their_first_day_then_the_narrower_first()
    {
        PartialDate.TryParse("2020-01", out var january).ShouldBeTrue();
        PartialDate.TryParse("2020-01-01", out var first).ShouldBeTrue();
        PartialDate.TryParse("2020-01-08", out var eighth).ShouldBeTrue();
        PartialDate.TryParse("2020", out var year).ShouldBeTrue();

        new[] { eighth, january, year, first }.Order().ShouldBe([first, january, year, eighth]);
    }

    [Fact]
    public void A_month_starts_on_its_first_day_and_ends_on_its_last()
    {
        var february = new PartialDate(2020, 2, null);

        february.Start.ShouldBe(new DateOnly(2020, 2, 1));
        february.End.ShouldBe(new DateOnly(2020, 2, 29));
        new PartialDate(2021, null, null).End.ShouldBe(new DateOnly(2021, 12, 31));
    }

    [Theory]
    [InlineData(2020, 1, 8, "8 January 2020")]
    [InlineData(2020, 1, null, "January 2020")]
    [InlineData(2020, null, null, "2020")]
    public void Display_writes_the_date_for_readers(int year, int? month, int? day, string expected)
    {
        new PartialDate(year, month, day).Display.ShouldBe(expected);
    }
}
