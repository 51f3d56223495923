using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>The order every list shows entities in: by their day, then by id.</summary>
public sealed class EntityOrderTests
{
    private static Content Load(string files)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(files);
        return ContentLoader.Load(dossier.Paths, new DiagnosticBag());
    }

    [Fact]
    public void Events_go_by_their_date_and_one_known_only_to_its_month_or_year_comes_after_the_days_it_spans()
    {
        var content = Load("""
            --- content/events/b-month.yml
            title: A month
            date: 2021-03
            --- content/events/e-year.yml
            title: A year
            date: 2021
            --- content/events/f-last-day.yml
            title: The month's last day
            date: 2021-03-31
            --- content/events/a-span.yml
            title: Across the month's end, listed by its first day
            date: 2021-03-20
            end: 2021-04-02
            --- content/events/d-same-day.yml
            title: On the same day as the storm
            date: 2021-03-01
            """);
        Event.Definition.InOrder(content.All<Event>()).Select(e => e.Id)
            .ShouldBe(["d-same-day", "storm", "a-span", "f-last-day", "b-month", "e-year"]);
    }

    [Fact]
    public void Undated_quotes_come_after_dated_ones_and_ties_go_by_id()
    {
        var content = Load("""
            --- content/quotes/b-undated.yml
            speaker: ana-lima
            text: safe
            reported:
              - article: report
            --- content/quotes/a-undated.yml
            speaker: ana-lima
            text: stay
            reported:
              - article: report
            --- content/quotes/z-early.yml
            speaker: ana-lima
            text: will
            said: 2021-02-27
            reported:
              - article: report
            """);
        Quote.Definition.InOrder(content.All<Quote>()).Select(q => q.Id).ShouldBe(["z-early", "a-undated", "b-undated", "lima-safe"]);
    }
}
