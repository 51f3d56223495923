using Dossier.Rendering.Html;
using Dossier.Resolution;

namespace Dossier.Tests.Units;

public sealed class ParagraphRendererTests
{
    private const string Text = "Lima said: “We will stay safe,” after the storm.";

    private static TextSpan Span(string text, string part, string id, int from = 0)
    {
        var start = text.IndexOf(part, from, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        return new TextSpan(0, start, start + part.Length, id);
    }

    [Fact]
    public void A_quote_is_highlighted_anchored_and_linked_to_its_page()
    {
        ParagraphRenderer.Render(Text, [Span(Text, "We will stay safe", "lima-safe")], [], "../").ShouldBe(
            "Lima said: “<mark class=\"quote\" id=\"q-lima-safe\"><a href=\"../quotes/lima-safe.html\">We will stay safe</a></mark>,” after the storm.");
    }

    [Fact]
    public void A_mention_links_to_the_actor_page()
    {
        ParagraphRenderer.Render(Text, [], [Span(Text, "Lima", "ana-lima")], "../").ShouldBe(
            "<a class=\"mention\" href=\"../actors/ana-lima.html\">Lima</a> said: “We will stay safe,” after the storm.");
    }

    [Fact]
    public void Quotes_and_mentions_in_one_paragraph_are_both_rendered()
    {
        ParagraphRenderer.Render(Text, [Span(Text, "We will stay safe", "lima-safe")], [Span(Text, "Lima", "ana-lima")], "").ShouldBe(
            "<a class=\"mention\" href=\"actors/ana-lima.html\">Lima</a> said: “" +
            "<mark class=\"quote\" id=\"q-lima-safe\"><a href=\"quotes/lima-safe.html\">We will stay safe</a></mark>,” after the storm.");
    }

    [Fact]
    public void A_mention_inside_a_quote_is_not_linked_since_links_cannot_nest()
    {
        const string text = "She said: “Lima will stay safe.”";

        var html = ParagraphRenderer.Render(text, [Span(text, "Lima will stay safe", "q")], [Span(text, "Lima", "ana-lima")], "../");

        html.ShouldBe("She said: “<mark class=\"quote\" id=\"q-q\"><a href=\"../quotes/q.html\">Lima will stay safe</a></mark>.”");
        html.ShouldNotContain("actors/");
    }

    [Fact]
    public void A_mention_that_runs_into_a_quote_is_left_as_plain_text()
    {
        const string text = "Ana Lima said";

        ParagraphRenderer.Render(text, [Span(text, "Lima said", "q")], [Span(text, "Ana Lima", "ana-lima")], "")
            .ShouldBe("Ana <mark class=\"quote\" id=\"q-q\"><a href=\"quotes/q.html\">Lima said</a></mark>");
    }

    [Fact]
    public void Overlapping_quotes_keep_an_anchor_for_the_second()
    {
        const string text = "We will stay safe and calm";

        var html = ParagraphRenderer.Render(text, [Span(text, "We will stay safe", "a"), Span(text, "stay safe and calm", "b")], [], "");

        html.ShouldBe("<span id=\"q-b\"></span><mark class=\"quote\" id=\"q-a\"><a href=\"quotes/a.html\">We will stay safe</a></mark> and calm");
    }

    [Fact]
    public void Markup_in_the_text_is_escaped_inside_and_outside_quotes_and_mentions()
    {
        const string text = "<script>alert('x')</script> Lima & “<b>safe</b>”";

        var html = ParagraphRenderer.Render(text, [Span(text, "<b>safe</b>", "q")], [Span(text, "Lima", "ana-lima")], "");

        html.ShouldBe("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <a class=\"mention\" href=\"actors/ana-lima.html\">Lima</a> &amp; “" +
            "<mark class=\"quote\" id=\"q-q\"><a href=\"quotes/q.html\">&lt;b&gt;safe&lt;/b&gt;</a></mark>”");
    }

    [Fact]
    public void A_paragraph_with_nothing_to_mark_is_only_escaped()
    {
        ParagraphRenderer.Render("Tom & Jerry", [], [], "../").ShouldBe("Tom &amp; Jerry");
    }
}
