using System.Text;
using Dossier.Building;
using Dossier.Loading;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>DOS1xxx: one mistake in reading the files, the exact message an editor sees.</summary>
public sealed class LoadDiagnosticsTests
{
    private static IReadOnlyList<string> DiagnosticsAfter(string change, bool strict = false)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write(change);
        return dossier.Diagnostics(strict);
    }

    // DOS1001 YAML syntax

    [Fact]
    public void An_unclosed_quote_is_a_syntax_error_that_says_the_quote_is_not_closed()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: "We will stay safe
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(2,7): error DOS1001: YAML syntax error: the quoted text that opens here is not closed on its line. " +
            "A quoted text is not closed: check that every opening quote has its closing quote, and write a quote inside double quotes as \\\".",
        ]);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens_though_the_parser_stops_at_a_later_quote()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: "Ana Lima
            kind: person
            aliases:
              - "Lima"
            """).ShouldBe([
            "content/actors/ana-lima.yml(1,7): error DOS1001: YAML syntax error: the quoted text that opens here is not closed on its line. " +
            "A quoted text is not closed: check that every opening quote has its closing quote, and write a quote inside double quotes as \\\".",
        ]);
    }

    [Fact]
    public void A_quote_opening_a_line_of_a_block_text_is_not_taken_for_an_unclosed_value()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            summary: |
              "We will stay
              safe," she said.
            aliases: [Lima]
            born: in: 1970
            """).ShouldBe([
            "content/actors/ana-lima.yml(7,9): error DOS1001: YAML syntax error: Mapping values are not allowed in this context. " +
            "A ': ' inside a value starts a new key: put the whole value in double quotes.",
        ]);
    }

    [Fact]
    public void An_unclosed_single_quote_at_the_end_of_the_file_is_reported_where_the_quote_opens()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            event: storm
            reported:
              - article: report
            text: 'We will stay safe
            """).ShouldBe([
            "content/quotes/lima-safe.yml(5,7): error DOS1001: YAML syntax error: While scanning a quoted scalar, found unexpected end of stream. " +
            "A quoted text is not closed: check that every opening quote has its closing quote, and write a quote inside double quotes as \\\".",
        ]);
    }

    [Fact]
    public void A_key_indented_out_of_line_in_a_list_entry_gets_an_indentation_hint()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
               text: We will stay safe
            """).ShouldBe([
            "content/quotes/lima-safe.yml(6,4): error DOS1001: YAML syntax error: While parsing a block collection, did not find expected '-' indicator. " +
            "Check the indentation: items of a list start with '- ' at the same column, and keys of one entry line up.",
        ]);
    }

    [Fact]
    public void A_tab_used_for_indentation_is_named_as_the_problem_with_its_line()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
            	- article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(5,1): error DOS1001: A tab character indents this line; YAML indents with spaces only. Replace the tab with spaces.",
        ]);
    }

    [Fact]
    public void A_tab_before_a_key_is_explained_in_plain_words_first()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            	event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(3,1): error DOS1001: A tab character indents this line; YAML indents with spaces only. Replace the tab with spaces.",
        ]);
    }

    [Fact]
    public void A_tab_after_a_list_dash_is_named_where_it_stands()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
            about:
              -	ana-lima
            """).ShouldBe([
            "content/quotes/lima-safe.yml(7,4): error DOS1001: A tab character is out of place on this line; YAML allows only spaces here. Replace the tab with spaces.",
        ]);
    }

    [Fact]
    public void A_key_without_a_space_after_its_colon_is_named_on_its_own_line()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind:person
            aliases: [Lima]
            """).ShouldBe([
            "content/actors/ana-lima.yml(2,1): error DOS1001: YAML syntax error: 'kind:' is not followed by a space, so YAML reads the whole line as one text. " +
            "Put a space after the ':'.",
        ]);
    }

    [Fact]
    public void A_list_on_one_line_left_open_says_to_close_it_on_its_line()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            aliases: [Lima, Ana
            kind: person
            """).ShouldBe([
            "content/actors/ana-lima.yml(3,5): error DOS1001: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'. " +
            "A '[' or '{' is not closed where it should be: close a list written on one line on that line, e.g. aliases: [Lima, Ana Lima].",
        ]);
    }

    [Fact]
    public void A_colon_inside_a_plain_value_suggests_double_quotes()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            occasion: Interview: local radio
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(3,20): error DOS1001: YAML syntax error: Mapping values are not allowed in this context. " +
            "A ': ' inside a value starts a new key: put the whole value in double quotes.",
        ]);
    }

    [Fact]
    public void A_value_starting_with_a_star_suggests_double_quotes()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            occasion: *unverified
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(3,11): error DOS1001: YAML syntax error: '*unverified' refers to a value named '&unverified', and there is none. '*' starts a YAML alias: put the value in double quotes.",
        ]);
    }

    [Fact]
    public void A_repeated_key_is_a_syntax_error_at_the_repeat_that_says_to_merge_it()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            text: We will be safe
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(3,1): error DOS1001: YAML syntax error: the key 'text' is given twice. Each key may appear once: remove or merge the repeated one.",
        ]);
    }

    [Fact]
    public void A_second_yaml_document_in_one_file_is_reported_at_its_start()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
            ---
            speaker: ana-lima
            """).ShouldBe([
            "content/quotes/lima-safe.yml(7,1): error DOS1001: The file holds more than one YAML document. Remove the '---' line: one file describes one entity.",
        ]);
    }

    [Fact]
    public void An_actor_file_with_a_tab_is_reported_once_and_its_references_are_not_called_unknown()
    {
        // Given an actor that a quote and an event name, whose file does not parse
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases:
            	- Lima
            """).ShouldBe([
            "content/actors/ana-lima.yml(4,1): error DOS1001: A tab character indents this line; YAML indents with spaces only. Replace the tab with spaces.",
        ]);
    }

    [Fact]
    public void An_actor_file_with_a_repeated_key_is_reported_once_and_its_references_are_not_called_unknown()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            name: Lima
            """).ShouldBe([
            "content/actors/ana-lima.yml(3,1): error DOS1001: YAML syntax error: the key 'name' is given twice. Each key may appear once: remove or merge the repeated one.",
        ]);
    }

    [Fact]
    public void An_article_file_that_does_not_parse_leaves_its_outlet_unwarned_and_its_quote_unchecked()
    {
        // The broken file may be the one that references the outlet: "nothing references it" would be a false trail.
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            outlet: courier
            """, strict: true).ShouldBe([
            "content/articles/report.yml(3,1): error DOS1001: YAML syntax error: the key 'outlet' is given twice. Each key may appear once: remove or merge the repeated one.",
        ]);
    }

    // DOS1002 unknown key

    [Fact]
    public void A_misspelt_key_suggests_the_nearest_known_key()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            ocassion: press briefing
            event: storm
            reported:
              - article: report
            """).ShouldBe(["content/quotes/lima-safe.yml(3,1): error DOS1002: Unknown key 'ocassion'. Did you mean 'occasion'?"]);
    }

    [Fact]
    public void An_unknown_key_with_no_near_match_lists_the_known_keys()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases: [Lima]
            favourite_colour: blue
            """).ShouldBe([
            "content/actors/ana-lima.yml(4,1): error DOS1002: Unknown key 'favourite_colour'. Known keys: name, kind, aliases, roles, affiliations, born, died, summary.",
        ]);
    }

    [Fact]
    public void A_misspelt_key_inside_a_list_entry_suggests_the_nearest_key_of_that_entry()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - artcle: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): warning DOS2009: The quote 'lima-safe' also appears in article 'report' (paragraph 1), which 'reported' does not list. Add under 'reported': '- article: report'.",
            "content/quotes/lima-safe.yml(5,5): error DOS1002: Unknown key 'artcle'. Did you mean 'article'?",
            "content/quotes/lima-safe.yml(5,5): error DOS1004: Required key 'article' is missing. Add a line 'article: ...'.",
        ]);
    }

    // DOS1003 wrong type

    [Fact]
    public void A_list_where_a_text_is_expected_is_a_wrong_type()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            occasion: [press, briefing]
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(3,11): error DOS1003: 'occasion' must be a text, not a list. " +
            "Write the value on the same line after the colon; put it in double quotes if it contains ': ' or starts with a special character.",
        ]);
    }

    [Fact]
    public void A_group_of_keys_where_a_list_is_expected_is_a_wrong_type()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases:
              first: Lima
            """).ShouldBe([
            "content/actors/ana-lima.yml(4,3): error DOS1003: 'aliases' must be a list, not a group of keys. Write each item on its own line starting with '- ', or [a, b] on one line.",
        ]);
    }

    [Fact]
    public void A_plain_text_where_list_entries_with_keys_are_expected_is_a_wrong_type()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - report
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): warning DOS2009: The quote 'lima-safe' also appears in article 'report' (paragraph 1), which 'reported' does not list. Add under 'reported': '- article: report'.",
            "content/quotes/lima-safe.yml(5,3): error DOS1004: A quote needs at least one entry under 'reported'. Add '- article: <article id>' for each article that carries the quote.",
            "content/quotes/lima-safe.yml(5,5): error DOS1003: 'reported' must be an entry with keys, not a text. Write each item as '- article: ...' with its other keys indented below it.",
        ]);
    }

    [Fact]
    public void A_file_that_is_a_list_instead_of_keys_is_a_wrong_type()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            - speaker: ana-lima
              text: We will stay safe
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1003: The file must be a set of 'key: value' lines. Each line should look like 'name: Hassan Rouhani'.",
        ]);
    }

    // DOS1004 missing key

    [Fact]
    public void A_missing_required_key_names_the_key_to_add()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            text: We will stay safe
            event: storm
            reported:
              - article: report
            """).ShouldBe(["content/quotes/lima-safe.yml(1,1): error DOS1004: Required key 'speaker' is missing. Add a line 'speaker: ...'."]);
    }

    [Fact]
    public void An_empty_file_says_it_is_empty_and_how_to_start()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1004: The file is empty. Start from 'dotnet run --project src/Dossier.Cli -- new <kind> <id>' or copy a file of the same kind.",
        ]);
    }

    [Fact]
    public void A_file_with_only_a_comment_is_empty()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            # to do: find the quote
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1004: The file is empty. Start from 'dotnet run --project src/Dossier.Cli -- new <kind> <id>' or copy a file of the same kind.",
        ]);
    }

    [Fact]
    public void A_quote_without_reports_needs_one_and_the_build_proposes_the_article_that_carries_it()
    {
        DiagnosticsAfter("""
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            """).ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1004: A quote needs at least one entry under 'reported'. Add '- article: <article id>' for each article that carries the quote.",
            "content/quotes/lima-safe.yml(1,1): warning DOS2009: The quote 'lima-safe' also appears in article 'report' (paragraph 1), which 'reported' does not list. Add under 'reported': '- article: report'.",
        ]);
    }

    [Fact]
    public void A_contested_claim_with_one_answer_needs_a_second()
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
            """).ShouldBe([
            "content/claims/anyone-hurt.yml(4,3): error DOS1004: A contested claim needs at least two entries under 'answers'. Add one '- answer: ...' entry for each answer, with who gave it and the article and passage that report it.",
        ]);
    }

    // DOS1005 invalid id

    [Fact]
    public void A_file_name_with_capitals_is_not_a_valid_id_and_the_hint_gives_the_lower_case_name()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        File.Move(dossier.FullPath("content/quotes/lima-safe.yml"), dossier.FullPath("content/quotes/Lima_Safe.yml"));

        dossier.Diagnostics().ShouldBe([
            "content/quotes/Lima_Safe.yml(1,1): error DOS1005: 'Lima_Safe' is not a valid id. Ids are lower-case words joined by '-', e.g. 'lima-safe': rename the file to 'lima-safe.yml'.",
        ]);
    }

    [Fact]
    public void Two_files_whose_names_differ_only_by_case_are_one_id_defined_twice()
    {
        DiagnosticsAfter("""
            --- content/quotes/Lima-Safe.yml
            speaker: ana-lima
            text: We will stay safe
            event: storm
            reported:
              - article: report
            """).ShouldBe([
            "content/quotes/Lima-Safe.yml(1,1): error DOS1005: 'Lima-Safe' is not a valid id. Ids are lower-case words joined by '-', e.g. 'lima-safe': rename the file to 'lima-safe.yml'.",
            "content/quotes/Lima-Safe.yml(1,1): error DOS1011: The id 'Lima-Safe' is already defined by 'content/quotes/lima-safe.yml'. Each entity has one file: merge the two or rename one.",
        ]);
    }

    [Fact]
    public void A_capitalised_copy_of_a_file_does_not_hide_the_valid_one()
    {
        var diagnostics = DiagnosticsAfter("""
            --- content/events/Storm.yml
            title: Storm
            date: 2021-03-01
            """);

        diagnostics.ShouldContain(d => d.Contains("DOS1005") && d.StartsWith("content/events/Storm.yml", StringComparison.Ordinal));
        diagnostics.ShouldContain(d => d.Contains("DOS1011"));
        diagnostics.ShouldNotContain(d => d.Contains("DOS2001"));
    }

    [Theory]
    [InlineData("index")]
    [InlineData("page-2")]
    public void An_id_whose_page_would_be_one_of_the_index_pages_is_refused(string id)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        File.Move(dossier.FullPath("content/quotes/lima-safe.yml"), dossier.FullPath($"content/quotes/{id}.yml"));

        dossier.Diagnostics().ShouldBe([
            $"content/quotes/{id}.yml(1,1): error DOS1005: '{id}' cannot be an id: quotes/{id}.html is a page of the quotes index. Rename the file to a more telling id, e.g. 'quote-{id}.yml', and update the references to it.",
        ]);
    }

    // DOS1006 invalid date

    [Fact]
    public void A_day_that_does_not_exist_is_an_invalid_date()
    {
        DiagnosticsAfter("""
            --- content/events/storm.yml
            title: Storm
            date: 2021-02-30
            participants:
              - actor: ana-lima
            """).ShouldBe([
            "content/events/storm.yml(2,7): error DOS1006: '2021-02-30' is not a valid date for 'date'. Write dates as YYYY-MM-DD, or YYYY-MM where only the month is known, e.g. 2020-01-08.",
        ]);
    }

    [Fact]
    public void A_date_written_in_words_is_an_invalid_date()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2 March 2021
            source: report.txt
            events: [storm]
            """).ShouldBe([
            "content/articles/report.yml(3,12): error DOS1006: '2 March 2021' is not a valid date for 'published'. Write dates as YYYY-MM-DD, or YYYY-MM where only the month is known, e.g. 2020-01-08.",
        ]);
    }

    // DOS1007 invalid value

    [Fact]
    public void A_misspelt_actor_kind_suggests_the_nearest_kind()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: persn
            aliases: [Lima]
            """).ShouldBe(["content/actors/ana-lima.yml(2,7): error DOS1007: 'persn' is not a valid 'kind'. Did you mean 'person'?"]);
    }

    [Fact]
    public void An_actor_kind_far_from_every_kind_lists_the_kinds()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: journalist
            aliases: [Lima]
            """).ShouldBe(["content/actors/ana-lima.yml(2,7): error DOS1007: 'journalist' is not a valid 'kind'. Use one of: person, organization, state, group."]);
    }

    [Fact]
    public void A_javascript_url_is_rejected()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: report.txt
            url: javascript:alert(1)
            events: [storm]
            """).ShouldBe([
            "content/articles/report.yml(5,6): error DOS1007: 'url' must be an absolute http:// or https:// URL. Write the full address as printed, e.g. https://www.example.org/page, or leave the key out.",
        ]);
    }

    [Fact]
    public void A_relative_homepage_is_rejected()
    {
        DiagnosticsAfter("""
            --- content/outlets/courier.yml
            name: Courier
            homepage: www.courier.example
            """).ShouldBe([
            "content/outlets/courier.yml(2,11): error DOS1007: 'homepage' must be an absolute http:// or https:// URL. Write the full address as printed, e.g. https://www.example.org/page, or leave the key out.",
        ]);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("actors/ana-lima.html")]
    [InlineData("#answers")]
    [InlineData("javascript:alert(1)")]
    public void A_markdown_link_that_is_not_a_full_address_is_rejected(string target)
    {
        // Found by the fuzzer: a relative link in the home page's summary built a page with a link to nothing.
        DiagnosticsAfter($"""
            --- content/dossier.yml
            title: Test dossier
            summary: "See [the council](https://council.example/lima) and [this]({target})."
            """).ShouldBe([
            $"content/dossier.yml(2,10): error DOS1007: 'summary' links to '{target}', which is not a full http://, https:// or mailto: address. Write the full address, e.g. [the council](https://www.example.org/page), or leave the link out: a link to a page of this dossier would lead elsewhere from pages at another depth and from the EPUB.",
        ]);
    }

    [Fact]
    public void An_autolink_to_a_script_in_a_markdown_field_is_rejected()
    {
        DiagnosticsAfter("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases: [Lima]
            summary: Mayor. <javascript:alert(5)>
            """).ShouldBe([
            "content/actors/ana-lima.yml(4,10): error DOS1007: 'summary' links to 'javascript:alert(5)', which is not a full http://, https:// or mailto: address. Write the full address, e.g. [the council](https://www.example.org/page), or leave the link out: a link to a page of this dossier would lead elsewhere from pages at another depth and from the EPUB.",
        ]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("fifty")]
    [InlineData("-5")]
    public void A_feed_length_that_is_not_a_whole_number_of_at_least_one_is_rejected(string value)
    {
        DiagnosticsAfter($"""
            --- content/dossier.yml
            title: Test dossier
            feed_entries: {value}
            """).ShouldBe([
            $"content/dossier.yml(2,15): error DOS1007: '{value}' is not a valid 'feed_entries'. Write a whole number of at least 1, e.g. 50, or leave the key out.",
        ]);
    }

    // DOS1008 file too large

    [Fact]
    public void A_yaml_file_over_one_megabyte_is_refused_with_its_size()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/quotes/lima-safe.yml", Encoding.UTF8.GetBytes("speaker: ana-lima\ntext: " + new string('x', 1024 * 1024) + "\n"));

        dossier.Diagnostics().ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1008: 'content/quotes/lima-safe.yml' is 1,048,601 bytes; the limit is 1,048,576. Split it, or check that it is the file you meant.",
        ]);
    }

    [Fact]
    public void A_seed_over_eight_megabytes_is_refused_with_its_size()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("seeds/report.txt", Encoding.UTF8.GetBytes(new string('x', 8 * 1024 * 1024 + 1)));

        dossier.Diagnostics().ShouldBe([
            "seeds/report.txt(1,1): error DOS1008: 'seeds/report.txt' is 8,388,609 bytes; the limit is 8,388,608. Split it, or check that it is the file you meant.",
        ]);
    }

    // DOS1009 not text

    [Fact]
    public void A_yaml_file_with_nul_bytes_is_not_text()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/quotes/lima-safe.yml", Encoding.UTF8.GetBytes("speaker: ana-lima\0\0\ntext: We will stay safe\n"));

        dossier.Diagnostics().ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1009: 'content/quotes/lima-safe.yml' is not a text file (it contains NUL bytes).",
        ]);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        // "café" saved as Latin-1: the é is the lone byte 0xE9.
        dossier.WriteBytes("seeds/report.txt", [.. Encoding.UTF8.GetBytes("Lima said: “We will stay safe,” after the storm.\nCaf"), 0xE9, (byte)'\n']);

        dossier.Diagnostics().ShouldBe(["seeds/report.txt(2,4): error DOS1009: 'seeds/report.txt' is not valid UTF-8. Save the file as UTF-8 in your editor."]);
    }

    // DOS1010 unreadable file

    [SymlinkFact]
    public void A_file_that_cannot_be_read_is_reported_with_the_reason()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        // A link to a file that is gone: listed like a file, but reading it fails (works as root, unlike chmod 000).
        dossier.Link("content/quotes/old.yml", dossier.FullPath("content/quotes/gone.yml"));

        dossier.Diagnostics().ShouldHaveSingleItem()
            .ShouldStartWith("content/quotes/old.yml(1,1): error DOS1010: 'content/quotes/old.yml' cannot be read: ");
    }

    // DOS1011 duplicate id

    [Fact]
    public void A_yml_and_a_yaml_file_with_the_same_name_define_the_id_twice()
    {
        DiagnosticsAfter("""
            --- content/outlets/courier.yaml
            name: Courier (copy)
            """).ShouldBe([
            "content/outlets/courier.yml(1,1): error DOS1011: The id 'courier' is already defined by 'content/outlets/courier.yaml'. Each entity has one file: merge the two or rename one.",
        ]);
    }

    // DOS1012 seed not found

    [Fact]
    public void A_misspelt_source_suggests_the_nearest_seed_file()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: reprot.txt
            events: [storm]
            """).ShouldBe(["content/articles/report.yml(4,9): error DOS1012: There is no file 'reprot.txt' in seeds/. Did you mean 'report.txt'?"]);
    }

    [Fact]
    public void A_source_with_no_near_seed_says_to_add_the_text_first()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: 000_d550740231ed3277.txt
            events: [storm]
            """).ShouldBe(["content/articles/report.yml(4,9): error DOS1012: There is no file '000_d550740231ed3277.txt' in seeds/. Put the article text in seeds/ first."]);
    }

    // DOS1013 unsafe path

    [Fact]
    public void A_source_that_climbs_out_of_seeds_is_refused()
    {
        DiagnosticsAfter("""
            --- outside.txt
            Lima said: “We will stay safe,” after the storm.
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: ../outside.txt
            events: [storm]
            """).ShouldBe([
            "content/articles/report.yml(4,9): error DOS1013: 'source' must name a file directly inside seeds/, not '../outside.txt'. Write only the file name, e.g. 000_d550740231ed3277.txt.",
        ]);
    }

    [Fact]
    public void An_absolute_source_path_is_refused()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: /etc/passwd
            events: [storm]
            """).ShouldBe([
            "content/articles/report.yml(4,9): error DOS1013: 'source' must name a file directly inside seeds/, not '/etc/passwd'. Write only the file name, e.g. 000_d550740231ed3277.txt.",
        ]);
    }

    [SymlinkFact]
    public void A_seed_that_links_to_a_file_outside_seeds_is_refused()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- outside.txt\nLima said: “We will stay safe,” after the storm.\n");
        dossier.Link("seeds/report.txt", dossier.FullPath("outside.txt"));

        dossier.Diagnostics().ShouldBe([
            "seeds/report.txt(1,1): error DOS1013: 'seeds/report.txt' is a link to a file outside 'seeds/'. Copy the file into the folder instead of linking to it.",
        ]);
    }

    [SymlinkFact]
    public void A_content_file_that_links_outside_content_is_refused()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- elsewhere/lima-safe.yml\nspeaker: ana-lima\ntext: We will stay safe\nreported:\n  - article: report\n");
        File.Delete(dossier.FullPath("content/quotes/lima-safe.yml"));
        dossier.Link("content/quotes/lima-safe.yml", dossier.FullPath("elsewhere/lima-safe.yml"));

        dossier.Diagnostics().ShouldBe([
            "content/quotes/lima-safe.yml(1,1): error DOS1013: 'content/quotes/lima-safe.yml' is a link to a file outside 'content/'. Copy the file into the folder instead of linking to it.",
        ]);
    }

    // DOS1014, DOS1015 excerpt anchors

    [Fact]
    public void An_excerpt_start_that_is_not_in_the_seed_is_reported_at_the_anchor_and_nothing_else()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: report.txt
            excerpt:
              start: Reyes said
            events: [storm]
            """).ShouldBe([
            // The quote reported in the article is not looked for in a text that could not be cut: no false "not found".
            "content/articles/report.yml(6,10): error DOS1014: The excerpt start 'Reyes said' is not in 'report.txt'. Copy a few words from the first line of the piece exactly as they stand in the text.",
        ]);
    }

    [Fact]
    public void An_excerpt_end_that_is_not_after_the_start_is_reported_with_the_start_line()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: report.txt
            excerpt:
              start: Lima said
              end: Posted by
            events: [storm]
            """).ShouldBe([
            "content/articles/report.yml(7,8): error DOS1015: The excerpt end 'Posted by' is not in 'report.txt' after the excerpt start (line 1). The end anchor must stand at or after the line where the piece starts.",
        ]);
    }

    // DOS1016 heading or drop line not found

    [Fact]
    public void A_heading_that_is_not_a_line_of_the_text_is_reported()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: report.txt
            events: [storm]
            headings: [After the storm]
            """).ShouldBe([
            "content/articles/report.yml(6,12): error DOS1016: No line of the text of 'report.txt' reads 'After the storm' (listed under 'headings'). List whole lines exactly as they stand in the text.",
        ]);
    }

    [Fact]
    public void A_drop_line_that_is_not_a_line_of_the_text_is_reported()
    {
        DiagnosticsAfter("""
            --- content/articles/report.yml
            title: Report
            outlet: courier
            published: 2021-03-02
            source: report.txt
            events: [storm]
            drop:
              - Share this
            """).ShouldBe([
            "content/articles/report.yml(7,5): error DOS1016: No line of the text of 'report.txt' reads 'Share this' (listed under 'drop'). List whole lines exactly as they stand in the text.",
        ]);
    }

    // DOS1017 missing folder

    [Fact]
    public void A_missing_content_folder_names_the_full_path_looked_at_and_where_to_run_from()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        Directory.Delete(dossier.FullPath("content"), recursive: true);

        dossier.Diagnostics().ShouldBe([
            $"content(1,1): error DOS1017: There is no content folder at {dossier.FullPath("content")}. " +
            "Run the command from the dossier's folder (the one holding content/, seeds/ and templates/), or pass --content.",
        ]);
    }

    [Fact]
    public void A_missing_seeds_folder_is_one_error_not_one_per_article()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        Directory.Delete(dossier.FullPath("seeds"), recursive: true);

        dossier.Diagnostics().ShouldBe([
            $"seeds(1,1): error DOS1017: There is no seeds folder at {dossier.FullPath("seeds")}. " +
            "Run the command from the dossier's folder (the one holding content/, seeds/ and templates/), or pass --seeds.",
        ]);
    }

    [Fact]
    public void Building_in_a_folder_that_is_not_a_dossier_names_each_folder_looked_for()
    {
        var empty = Directory.CreateTempSubdirectory("dossier-test-").FullName;
        try
        {
            SiteBuilder.Build(SitePaths.Under(empty), new BuildOptions()).Printed().Select(d => d[..d.IndexOf(". ", StringComparison.Ordinal)]).ShouldBe([
                $"content(1,1): error DOS1017: There is no content folder at {Path.Combine(empty, "content")}",
                $"seeds(1,1): error DOS1017: There is no seeds folder at {Path.Combine(empty, "seeds")}",
                $"templates(1,1): error DOS1017: There is no templates folder at {Path.Combine(empty, "templates")}",
            ]);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_missing_dossier_yml_says_to_create_it_with_a_title()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Delete("content/dossier.yml");

        dossier.Diagnostics().ShouldBe([
            "content/dossier.yml(1,1): error DOS1017: content/dossier.yml is missing. Create it with at least a 'title:' line.",
        ]);
    }
}
