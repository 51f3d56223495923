using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

public sealed class ParagraphRunsTests
{
    private const string Text = "Lima said: “We will stay safe,” after the storm.";

    private static TextSpan Span(string text, string part, Entity entity)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        return new TextSpan(0, start, start + part.Length, entity);
    }

    /// <summary>A curated quotation over part of the text.</summary>
    private static TextSpan Quoted(string text, string part, string quoteId) => Span(text, part, Entities.Make<Quote>(quoteId));

    /// <summary>A mention of an actor over part of the text.</summary>
    private static TextSpan Named(string text, string part, string actorId) => Span(text, part, Entities.Actor(actorId, actorId));

    private static string Describe(IReadOnlyList<TextRun> runs) =>
        string.Join(" | ", runs.Select(r => r.Kind == ParagraphRuns.Text ? r.Text
            : $"{r.Kind}:{r.Text}->{r.Href}{(r.Id is null ? "" : "#" + r.Id)}{(r.Anchors.Count > 0 ? " +" + string.Join(",", r.Anchors) : "")}"));

    [Fact]
    public void A_quote_is_a_run_anchored_and_linked_to_its_page()
    {
        Describe(ParagraphRuns.Cut(Text, [Quoted(Text, "We will stay safe", "lima-safe")], [], "../")).ShouldBe(
            "Lima said: “ | quote:We will stay safe->../quotes/lima-safe.html#q-lima-safe | ,” after the storm.");
    }

    [Fact]
    public void A_mention_links_to_the_actor_page()
    {
        Describe(ParagraphRuns.Cut(Text, [], [Named(Text, "Lima", "ana-lima")], "../")).ShouldBe(
            "mention:Lima->../actors/ana-lima.html |  said: “We will stay safe,” after the storm.");
    }

    [Fact]
    public void Quotes_and_mentions_in_one_paragraph_are_both_runs()
    {
        Describe(ParagraphRuns.Cut(Text, [Quoted(Text, "We will stay safe", "lima-safe")], [Named(Text, "Lima", "ana-lima")], "")).ShouldBe(
            "mention:Lima->actors/ana-lima.html |  said: “ | quote:We will stay safe->quotes/lima-safe.html#q-lima-safe | ,” after the storm.");
    }

    [Fact]
    public void A_mention_inside_a_quote_is_not_linked_since_links_cannot_nest()
    {
        const string text = "She said: “Lima will stay safe.”";

        Describe(ParagraphRuns.Cut(text, [Quoted(text, "Lima will stay safe", "q")], [Named(text, "Lima", "ana-lima")], "../")).ShouldBe(
            "She said: “ | quote:Lima will stay safe->../quotes/q.html#q-q | .”");
    }

    [Fact]
    public void A_mention_that_runs_into_a_quote_is_left_as_plain_text()
    {
        const string text = "Ana Lima said";

        Describe(ParagraphRuns.Cut(text, [Quoted(text, "Lima said", "q")], [Named(text, "Ana Lima", "ana-lima")], "")).ShouldBe(
            "Ana  | quote:Lima said->quotes/q.html#q-q");
    }

    [Fact]
    public void Overlapping_quotes_keep_an_anchor_for_the_second()
    {
        const string text = "We will stay safe and calm";

        Describe(ParagraphRuns.Cut(text, [Quoted(text, "We will stay safe", "a"), Quoted(text, "stay safe and calm", "b")], [], "")).ShouldBe(
            "quote:We will stay safe->quotes/a.html#q-a +q-b |  and calm");
    }

    [Fact]
    public void A_paragraph_with_nothing_to_mark_is_one_run_of_text()
    {
        Describe(ParagraphRuns.Cut("Tom & Jerry", [], [], "../")).ShouldBe("Tom & Jerry");
    }

    [Fact]
    public void The_text_runs_partial_marks_quotes_and_mentions_and_escapes_the_text()
    {
        const string text = "<script>alert('x')</script> Lima & “<b>safe</b>” and calm";
        var runs = ParagraphRuns.Cut(text, [Quoted(text, "<b>safe</b>", "q"), Quoted(text, "safe</b>” and", "r")], [Named(text, "Lima", "ana-lima")], "../");

        TemplateRunner.Render("""{{ include "text-runs" runs: runs }}""", new ParagraphItem("p1", false, runs)).ShouldBe(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <a class=\"mention\" href=\"../actors/ana-lima.html\">Lima</a> &amp; “" +
            "<span id=\"q-r\"></span><mark class=\"quote\" id=\"q-q\"><a href=\"../quotes/q.html\">&lt;b&gt;safe&lt;/b&gt;</a></mark>” and calm");
    }
}
