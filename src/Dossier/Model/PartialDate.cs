using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Model;

/// <summary>A date known to the year, the month or the day: sources often give no more.</summary>
public readonly partial record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")]
    private static partial Regex Shape();

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var match = Shape().Match(text);
        if (!match.Success) return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        // The year first: the calendar has no year 0, and asks for one before it can say how long a month is.
        if (year < 1 || month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Earliest day the date can mean; used for ordering.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Latest day the date can mean; "published 2020-01" is not before an event on 2020-01-08.</summary>
    public DateOnly End => Day is not null ? Start
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO form it was written in.</summary>
    public string Iso => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}";

    // A dossier has a few hundred dates, each shown on many pages: each is written out once, found again by a number
    // that is quicker to hash than the date's three fields (month and day 0 where unknown).
    private static readonly ConcurrentDictionary<int, string> Displays = new();

    /// <summary>For readers: "8 January 2020", "January 2020", "2020".</summary>
    public string Display => Displays.GetOrAdd(Year * 10_000 + (Month ?? 0) * 100 + (Day ?? 0), static (_, date) =>
    {
        var month = date.Month is null ? null : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month.Value);
        return date.Day is not null ? $"{date.Day} {month} {date.Year}" : month is not null ? $"{month} {date.Year}" : $"{date.Year}";
    }, this);

    public override string ToString() => Iso;
}
