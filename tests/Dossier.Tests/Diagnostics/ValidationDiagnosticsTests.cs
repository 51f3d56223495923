using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>DOS2xxx: rules across files, each with one mistake and the exact message an editor sees.</summary>
public sealed class ValidationDiagnosticsTests
{
    private static IReadOnlyList<string> DiagnosticsAfter(string change, bool strict = false)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(change);
        return dossier.Diagnostics(strict);
    }

    // DOS2001 unknown reference

    [Fact]
    public void An_unknown_actor_suggests_the_nearest_id()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lmia
            text: We will stay safe
            event: storm
            reported:
              - article: report
            """).ShouldBe(["content/quotes/lima-safe.yml(1,10): error DOS2001: Unknown actor 'ana-lmia'. Did you mean 'ana-lima'?"]);
    }

    [Fact]
    public void An_unknown_actor_with_no_near_id_says_which_file_to_create()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            about: [tom-reyes]
            reported:
              - article: report
            """).ShouldBe(["content/quotes/lima-safe.yml(4,9): error DOS2001: Unknown actor 'tom-reyes'. Create content/actors/tom-reyes.yml, or check the spelling."]);
    }

    [Fact]
    public void An_unknown_outlet_event_and_article_are_each_named_by_kind()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: currier
            published: 2021-03-02
            source: report.txt
            events: [storm]
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: strom
            reported:
              - article: reprot
            """).ShouldBe([
            "content/articles/report.yml(2,9): error DOS2001: Unknown outlet 'currier'. Did you mean 'courier'?",
            "content/outlets/courier.yml(1,1): warning DOS2008: Nothing references the outlet 'courier'. Name it as an article's outlet or original or under a report's 'through', add the spelling the texts use to its 'aliases', or remove the file.",
            "content/quotes/lima-safe.yml(1,1): warning DOS2009: The quote 'lima-safe' also appears in article 'report' (paragraph 1), which 'reported' does not list. Add under 'reported': '- article: report'.",
            "content/quotes/lima-safe.yml(3,8): error DOS2001: Unknown event 'strom'. Did you mean 'storm'?",
            "content/quotes/lima-safe.yml(5,14): error DOS2001: Unknown article 'reprot'. Did you mean 'report'?",
        ]);
    }

    [Fact]
    public void An_unknown_via_through_and_place_are_each_named_by_kind_with_a_suggestion()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            via: ana-lmia
            text: We will stay safe
            event: storm
            reported:
              - article: report
                through: [currier]
            --- content/events/storm.yml
            title: Storm
            date: 2021-03-01
            places: [harbor]
            participants:
              - actor: ana-lima
            --- content/places/harbour.yml
            name: Harbour
            """).ShouldBe([
            "content/events/storm.yml(3,10): error DOS2001: Unknown place 'harbor'. Did you mean 'harbour'?",
            "content/places/harbour.yml(1,1): warning DOS2008: Nothing references the place 'harbour'. List it under an event's 'places', add the spelling the texts use to its 'aliases', or remove the file.",
            "content/quotes/lima-safe.yml(2,6): error DOS2001: Unknown actor 'ana-lmia'. Did you mean 'ana-lima'?",
            "content/quotes/lima-safe.yml(7,15): error DOS2001: Unknown outlet 'currier'. Did you mean 'courier'?",
        ]);
    }

    // DOS2002 quote text not found

    [Fact]
    public void A_misquoted_report_shows_the_closest_passage_and_how_close_it_is()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
                text: “We will stay safe,” before the storm.
            """).ShouldBe([
            "content/quotes/lima-safe.yml(6,11): error DOS2002: The reported wording is not found in the text of article 'report'. " +
            "Closest passage (paragraph 1, line 1 of the seed, 87 % alike): «\"We will stay safe,\" after the storm.». " +
            "Copy the wording exactly as printed; quotes, dashes and spacing may differ, nothing else.",
        ]);
    }

    [Fact]
    public void A_misquoted_canonical_text_is_reported_at_its_own_line_with_only_the_passage_that_would_match()
    {
        // Given a quote whose text the article prints in other words, followed by who said it
        DiagnosticsAfter("""
            --- seeds/report.txt
            Lima said: “We will stay safe,” after the storm.

            “We will rebuild every house before winter,” Lima said.
            --- content/quotes/lima-rebuild.yml
            speaker: ana-lima
            text: We will rebuild each house before the winter
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            // Then the error points at the wording to fix, and the passage stops where the quotation does
            "content/quotes/lima-rebuild.yml(2,7): error DOS2002: The quote's text is not found in the text of article 'report'. " +
            "Closest passage (paragraph 2, line 3 of the seed, 82 % alike): «We will rebuild every house before winter». " +
            "Copy the wording exactly as printed; quotes, dashes and spacing may differ, nothing else.",
        ]);
    }

    [Fact]
    public void A_canonical_text_that_differs_only_in_case_is_not_found()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: we will stay safe
            event: storm
            reported:
              - article: report
            """).ShouldHaveSingleItem().ShouldStartWith(
            "content/quotes/lima-safe.yml(2,7): error DOS2002: The quote's text is not found in the text of article 'report'. Closest passage (paragraph 1, ");
    }

    [Fact]
    public void Straight_quotes_dashes_and_extra_spaces_still_match_the_printed_text()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
                text: '"We  will stay   safe,"'
            """).ShouldBeEmpty();
    }

    [Fact]
    public void The_closest_passage_is_the_quotation_itself_when_one_word_differs()
    {
        var diagnostic = DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay calm
            event: storm
            reported:
              - article: report
            """).ShouldHaveSingleItem();

        diagnostic.ShouldContain("«We will stay safe»");
        diagnostic.ShouldNotContain("said:");
    }

    [Fact]
    public void A_wording_that_differs_only_in_capitals_says_so()
    {
        var diagnostic = DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: we will stay safe
            event: storm
            reported:
              - article: report
            """).ShouldHaveSingleItem();

        diagnostic.ShouldContain("«We will stay safe»");
        diagnostic.ShouldContain("Only capital letters differ.");
    }

    [Fact]
    public void The_closest_passage_grows_to_cover_a_longer_rewording()
    {
        var diagnostic = DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We won't stay safe
            event: storm
            reported:
              - article: report
            --- seeds/report.txt
            Lima said: “We will not stay safe,” after the storm.
            """).ShouldHaveSingleItem();

        diagnostic.ShouldContain("«We will not stay safe»");
    }

    // DOS2003 claim text not found

    [Fact]
    public void A_claim_passage_not_in_the_article_shows_the_closest_passage()
    {
        DiagnosticsAfter("""
            --- content/claims/anyone-hurt.yml
            question: Was anyone hurt?
            event: storm
            answers:
              - answer: Nobody
                claimants:
                  - actor: ana-lima
                    article: report
                    text: We will stay safe
              - answer: Unclear
                claimants:
                  - article: report
                    text: Lima said “We will stay safe,”
            """).ShouldBe([
            "content/claims/anyone-hurt.yml(12,15): error DOS2003: The claimant's passage is not found in the text of article 'report'. " +
            "Closest passage (paragraph 1, line 1 of the seed, 97 % alike): «Lima said: \"We will stay safe,\"». " +
            "Copy the wording exactly as printed; quotes, dashes and spacing may differ, nothing else.",
        ]);
    }

    // DOS2004 duplicate alias

    [Fact]
    public void An_alias_given_to_two_actors_names_its_first_owner()
    {
        DiagnosticsAfter("""
            --- content/actors/tom-lima.yml
            name: Tom Lima
            kind: person
            aliases: [Lima]
            affiliations: [ana-lima]
            --- content/quotes/tom-lima-calm.yml
            speaker: tom-lima
            text: after the storm
            reported:
              - article: report
            """).ShouldBe([
            "content/actors/tom-lima.yml(3,11): error DOS2004: The alias 'Lima' already belongs to 'ana-lima'. An alias must name one actor only: remove it here or there, or use a longer form.",
        ]);
    }

    [Fact]
    public void A_place_alias_that_is_an_actor_s_alias_names_the_actor()
    {
        DiagnosticsAfter("""
            --- content/places/lima.yml
            name: Lima City
            aliases: [Lima]
            """).ShouldBe([
            "content/places/lima.yml(1,1): warning DOS2008: Nothing references the place 'lima'. List it under an event's 'places', add the spelling the texts use to its 'aliases', or remove the file.",
            "content/places/lima.yml(2,11): error DOS2004: The alias 'Lima' already belongs to the actor 'ana-lima'. Mentions of a name link to one page only: keep it on one of the two, or use a longer form here.",
        ]);
    }

    // DOS2005 follows cycle

    [Fact]
    public void A_follows_loop_is_spelled_out_event_by_event()
    {
        DiagnosticsAfter("""
            --- content/events/storm.yml
            title: Storm
            date: 2021-03-01
            participants:
              - actor: ana-lima
            follows: [flood]
            --- content/events/flood.yml
            title: Flood
            date: 2021-03-01
            follows: [rain]
            --- content/events/rain.yml
            title: Rain
            date: 2021-03-01
            follows: [storm]
            """).ShouldBe([
            "content/events/storm.yml(5,11): error DOS2005: 'follows' makes a loop: flood → rain → storm → flood. An event can only follow events that came before it: remove one of these 'follows' entries.",
        ]);
    }

    [Fact]
    public void An_event_that_follows_itself_is_a_loop()
    {
        DiagnosticsAfter("""
            --- content/events/storm.yml
            title: Storm
            date: 2021-03-01
            participants:
              - actor: ana-lima
            follows: [storm]
            """).ShouldBe([
            "content/events/storm.yml(5,11): error DOS2005: 'follows' makes a loop: storm → storm. An event can only follow events that came before it: remove one of these 'follows' entries.",
        ]);
    }

    // DOS2006 published before event

    [Fact]
    public void An_article_published_before_the_event_it_reports_names_both_dates()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-02-28
            source: report.txt
            events: [storm]
            """).ShouldBe([
            "content/articles/report.yml(5,10): error DOS2006: 'report' is published 2021-02-28, before the event 'storm' (2021-03-01) it reports. Check the article's 'published' date and the event's 'date'.",
        ]);
    }

    [Fact]
    public void An_article_dated_only_by_the_month_of_the_event_is_not_too_early()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03
            source: report.txt
            events: [storm]
            """).ShouldBeEmpty();
    }

    // DOS2007 dates out of order

    [Fact]
    public void An_event_that_ends_before_it_starts_is_reported()
    {
        DiagnosticsAfter("""
            --- content/events/storm.yml
            title: Storm
            date: 2021-03-01
            end: 2021-02-27
            participants:
              - actor: ana-lima
            """).ShouldBe([
            "content/events/storm.yml(1,1): error DOS2007: The event 'storm' ends before it starts: 2021-02-27 is before 2021-03-01. Check both dates against the text.",
        ]);
    }

    [Fact]
    public void A_quote_reported_before_it_was_said_is_reported_at_the_article()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            said: 2021-03-05
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(6,14): error DOS2007: 'report' reports the quote before it was said: 2021-03-02 is before 2021-03-05. Check both dates against the text.",
        ]);
    }

    [Fact]
    public void A_role_that_ends_before_it_starts_is_reported()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases: [Lima]
            roles:
              - title: Mayor
                from: 2020-05
                to: 2019
            """).ShouldBe([
            "content/actors/ana-lima.yml(5,5): error DOS2007: The role 'Mayor' ends before it starts: 2019 is before 2020-05. Check both dates against the text.",
        ]);
    }

    // DOS2008 unreferenced (warning)

    [Fact]
    public void An_actor_nothing_references_is_a_warning()
    {
        DiagnosticsAfter("""
            --- content/actors/tom-reyes.yml
            name: Tom Reyes
            kind: person
            """).ShouldBe([
            "content/actors/tom-reyes.yml(1,1): warning DOS2008: Nothing references the actor 'tom-reyes'. Name it as a quote's speaker, an event participant, a claimant or an affiliation, add the spelling the texts use to its 'aliases', or remove the file.",
        ]);
    }

    [Fact]
    public void An_event_nothing_references_is_a_warning()
    {
        DiagnosticsAfter("""
            --- content/events/flood.yml
            title: Flood
            date: 2021-03-04
            """).ShouldBe([
            "content/events/flood.yml(1,1): warning DOS2008: Nothing references the event 'flood'. List it under an article's 'events', a quote's or claim's 'event', or another event's 'follows'.",
        ]);
    }

    [Fact]
    public void Under_strict_an_unreferenced_actor_is_an_error()
    {
        DiagnosticsAfter("""
            --- content/actors/tom-reyes.yml
            name: Tom Reyes
            kind: person
            """, strict: true).ShouldBe([
            "content/actors/tom-reyes.yml(1,1): error DOS2008: Nothing references the actor 'tom-reyes'. Name it as a quote's speaker, an event participant, a claimant or an affiliation, add the spelling the texts use to its 'aliases', or remove the file.",
        ]);
    }

    // DOS2009 unlisted report (warning)

    [Fact]
    public void A_quote_found_in_an_article_it_does_not_list_proposes_the_cross_reference()
    {
        DiagnosticsAfter("""
            --- content/articles/digest.yml
            title: Digest
            outlet: courier
            published: 2021-03-03
            source: digest.txt
            events: [storm]
            --- seeds/digest.txt
            Morning digest.
            The mayor repeated: “We will stay safe.”
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): warning DOS2009: The quote 'lima-safe' also appears in article 'digest' (paragraph 2), which 'reported' does not list. Add under 'reported': '- article: digest'.",
        ]);
    }

    // DOS2010 duplicate report (warning)

    [Fact]
    public void An_article_listed_twice_with_the_same_wording_is_a_warning_at_the_second_entry()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
              - article: report
                text: We will stay  safe
            """).ShouldBe([
            "content/quotes/lima-safe.yml(6,14): warning DOS2010: The article 'report' is listed twice under 'reported' with the same wording. " +
            "Keep one entry; where the article prints the statement twice in different words, give each entry its own 'text'.",
        ]);
    }

    [Fact]
    public void An_article_may_report_one_quote_twice_in_different_words()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
              - article: report
                text: after the storm
            """).ShouldBeEmpty();
    }

    // DOS2011 duplicate claimant

    [Fact]
    public void An_actor_listed_twice_for_one_answer_with_the_same_article_is_an_error_at_the_second()
    {
        DiagnosticsAfter("""
            --- content/claims/anyone-hurt.yml
            question: Was anyone hurt?
            event: storm
            answers:
              - answer: Nobody
                claimants:
                  - actor: ana-lima
                    article: report
                    text: We will stay safe
                  - actor: ana-lima
                    article: report
                    text: after the storm
              - answer: Unclear
                claimants:
                  - article: report
                    text: Lima said
            """).ShouldBe([
            "content/claims/anyone-hurt.yml(9,16): error DOS2011: 'ana-lima' is listed twice for the answer 'Nobody' with the same article 'report'. " +
            "Keep one entry; to cite a second passage, name another article that reports it, or widen 'text' to cover both.",
        ]);
    }

    // All at once

    [Fact]
    public void Three_mistakes_in_three_files_are_reported_together_sorted_by_file()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: strom
            reported:
              - article: report
            --- content/events/storm.yml
            title: Storm
            date: 2021-13-01
            participants:
              - actor: ana-lima
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: persn
            aliases: [Lima]
            """).ShouldBe([
            "content/actors/ana-lima.yml(2,7): error DOS1007: 'persn' is not a valid 'kind'. Did you mean 'person'?",
            "content/events/storm.yml(2,7): error DOS1006: '2021-13-01' is not a valid date for 'date'. Write dates as YYYY-MM-DD, or YYYY-MM where only the month is known, e.g. 2020-01-08.",
            "content/quotes/lima-safe.yml(3,8): error DOS2001: Unknown event 'strom'. Did you mean 'storm'?",
        ]);
    }
}
