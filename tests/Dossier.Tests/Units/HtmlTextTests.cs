using Dossier.Rendering.Html;
using Dossier.Rendering.Views;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>Text escaped for HTML, whether as a string or written by a template.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("plain words, accents é and “quotes”", "plain words, accents é and “quotes”")]
    [InlineData("Tom & Jerry <b>\"it's\"</b>", "Tom &amp; Jerry &lt;b&gt;&quot;it&#39;s&quot;&lt;/b&gt;")]
    [InlineData("&&", "&amp;&amp;")]
    [InlineData("", "")]
    public void Escaping_as_a_string_and_writing_through_a_template_agree(string text, string escaped)
    {
        HtmlText.Escape(text).ShouldBe(escaped);
        TemplateRunner.Render("{{ text }}", new Link(text, "")).ShouldBe(escaped);
    }
}
