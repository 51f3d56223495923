using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>A date as a text prints it, and where: "January 8, 2020", "8 January 2020", "2020-01-08", "Jan. 8, 2020".</summary>
public sealed record PrintedDate(PartialDate Date, int Index, int Length);

/// <summary>
/// Reads the dates news pages print: in date lines ("Posted on January 8, 2020", "April 20, 2020 - 20:5") and, in
/// running text, the days a statement was made ("said Wednesday", "on Tuesday", "yesterday"), resolved against the
/// piece's own date.
/// </summary>
public static partial class PrintedDates
{
    private const string Month = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex($@"\b{Month}\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex($@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{Month},?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)[-/](?<month>[01]\d)[-/](?<day>[0-3]\d)\b")]
    private static partial Regex Numeric();

    [GeneratedRegex($@"\b{Month}\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:on\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?<relative>today|yesterday)\b")]
    private static partial Regex DayReference();

    [GeneratedRegex($@"\b(?:on\s+)?{Month}\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")]
    private static partial Regex MonthDay();

    /// <summary>The first full or month-precise date the text prints, or null.</summary>
    public static PrintedDate? Find(string text)
    {
        foreach (var pattern in new[] { MonthDayYear(), DayMonthYear(), Numeric() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (ToDate(match) is { } date) return new PrintedDate(date, match.Index, match.Length);
            }
        }
        var monthYear = MonthYear().Match(text);
        return monthYear.Success ? new PrintedDate(new PartialDate(Year(monthYear), MonthNumber(monthYear), null), monthYear.Index, monthYear.Length) : null;
    }

    /// <summary>
    /// A line that is there to date the page rather than to be read: little else besides a date
    /// ("January 15, 2020", "Posted on 8 January 2020 by admin", "date 2020-01-08 | 21:40").
    /// </summary>
    public static PrintedDate? DateLine(string line)
    {
        if (line.Length > 100 || Find(line) is not { } found) return null;
        var rest = line.Remove(found.Index, found.Length);
        var words = rest.Split([' ', '\t', '|', '-', '–', '—', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && !rest.TrimEnd().EndsWith('.') ? found : null;
    }

    /// <summary>
    /// The day a sentence says something happened on, relative to the piece's date: a weekday means the last such day on
    /// or before it (news speaks of the past week), "yesterday" the day before, "January 9" that day in the piece's year.
    /// </summary>
    public static (PartialDate Date, string Cue)? DayMentioned(string sentence, PartialDate? published)
    {
        if (published is not { Day: not null } day) return null;
        var anchor = day.Start;
        var reference = DayReference().Match(sentence);
        if (reference.Success)
        {
            DateOnly resolved;
            if (reference.Groups["relative"].Success)
            {
                resolved = reference.Groups["relative"].Value == "yesterday" ? anchor.AddDays(-1) : anchor;
            }
            else
            {
                var weekday = Enum.Parse<DayOfWeek>(reference.Groups["weekday"].Value);
                resolved = anchor.AddDays(-(((int)anchor.DayOfWeek - (int)weekday + 7) % 7));
            }
            return (new PartialDate(resolved.Year, resolved.Month, resolved.Day), reference.Value);
        }
        var monthDay = MonthDay().Match(sentence);
        if (monthDay.Success && int.TryParse(monthDay.Groups["day"].Value, CultureInfo.InvariantCulture, out var number))
        {
            var month = MonthNumber(monthDay);
            var year = month > anchor.Month ? anchor.Year - 1 : anchor.Year;
            if (number >= 1 && number <= DateTime.DaysInMonth(year, month)) return (new PartialDate(year, month, number), monthDay.Value);
        }
        return null;
    }

    private static PartialDate? ToDate(Match match)
    {
        var year = Year(match);
        var month = char.IsDigit(match.Groups["month"].Value[0])
            ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(match);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(Match match)
    {
        var name = match.Groups["month"].Value;
        return Array.FindIndex(NewsWords.Months, m => m.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;
    }
}
