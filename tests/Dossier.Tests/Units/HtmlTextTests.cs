using Dossier.Rendering.Views;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>Every value a template writes is escaped for HTML text and attributes, and nothing else is changed.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("plain words, accents é and “quotes”", "plain words, accents é and “quotes”")]
    [InlineData("Tom & Jerry <b>\"it's\"</b>", "Tom &amp; Jerry &lt;b&gt;&quot;it&#39;s&quot;&lt;/b&gt;")]
    [InlineData("&&", "&amp;&amp;")]
    [InlineData("", "")]
    public void A_value_written_by_a_template_is_escaped_in_text_and_in_attributes(string text, string escaped)
    {
        TemplateRunner.Render("<a title=\"{{ text }}\">{{ text }}</a>", new Link(text, "")).ShouldBe($"<a title=\"{escaped}\">{escaped}</a>");
    }

    [Fact]
    public void Numbers_and_truth_values_are_written_as_plain_invariant_text()
    {
        TemplateRunner.Render("{{ count }} {{ percent }} {{ link.text }}", new CountedLink(new Link("x", ""), 1234, 56)).ShouldBe("1234 56 x");
    }
}
