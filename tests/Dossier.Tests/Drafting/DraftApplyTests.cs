using Dossier.Editing;

namespace Dossier.Tests.Drafting;

/// <summary>Adding drafted reports to a quote's file changes nothing but the new lines, wherever the list stands and however it is written.</summary>
public sealed class DraftApplyTests
{
    private const string Addition = """
        # New reports of the quote in content/quotes/lima-safe.yml: the same statement, in gazette-harbour-reopens.
        # Evidence: "said" (rule speaker-before-verb, confidence 0.90) at seeds/gazette.txt(3,6)
          - article: gazette-harbour-reopens
            text: we will stay safe

        """;

    [Fact]
    public void Inserts_after_the_last_entry_and_before_the_next_key_leaving_comments_and_blank_lines_in_place()
    {
        const string before = """
            # yaml-language-server: $schema=../../schemas/quote.schema.json
            speaker: ana-lima   # the mayor
            text: "We will stay safe"
            reported:
              - article: report
                through: [wire]   # via the wire

            # checked 2021-03-04
            occasion: press briefing

            """;

        var after = DraftApply.AddReports(before, Addition).Text;

        after.ShouldBe(before.Replace("    through: [wire]   # via the wire\n",
            "    through: [wire]   # via the wire\n  - article: gazette-harbour-reopens\n    text: we will stay safe\n"));
    }

    [Fact]
    public void Lines_the_new_entries_up_with_the_lists_own_indentation()
    {
        const string before = "speaker: ana-lima\ntext: We will stay safe\nreported:\n- article: report\n";

        DraftApply.AddReports(before, Addition).Text
            .ShouldBe(before + "- article: gazette-harbour-reopens\n  text: we will stay safe\n");
    }

    [Fact]
    public void Keeps_windows_line_ends_and_a_missing_final_line_break()
    {
        const string before = "speaker: ana-lima\r\ntext: We will stay safe\r\nreported:\r\n    - article: report";

        DraftApply.AddReports(before, Addition).Text
            .ShouldBe(before + "\r\n    - article: gazette-harbour-reopens\r\n      text: we will stay safe");
    }

    [Theory]
    [InlineData("speaker: ana-lima\ntext: x\nreported: [{article: report}]\n", "on one line")]
    [InlineData("speaker: ana-lima\ntext: x\n", "no block list")]
    public void Refuses_a_file_it_cannot_add_to_without_rewriting_it(string before, string why)
    {
        var insertion = DraftApply.AddReports(before, Addition);

        insertion.Text.ShouldBeNull();
        insertion.Problem.ShouldNotBeNull().ShouldContain(why);
    }
}
