using Dossier.Rendering.Markdown;

namespace Dossier.Tests.Units;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Markdown_is_rendered()
    {
        MarkdownRenderer.ToHtml("The **strike** on *Ain al-Asad*.").ShouldBe("<p>The <strong>strike</strong> on <em>Ain al-Asad</em>.</p>");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Nothing_renders_as_nothing(string? markdown)
    {
        MarkdownRenderer.ToHtml(markdown).ShouldBeNull();
    }

    [Fact]
    public void Inline_html_is_escaped()
    {
        MarkdownRenderer.ToHtml("Hello <b onclick=\"x()\">there</b>").ShouldBe("<p>Hello &lt;b onclick=&quot;x()&quot;&gt;there&lt;/b&gt;</p>");
    }

    [Fact]
    public void A_script_block_is_escaped_as_text()
    {
        var html = MarkdownRenderer.ToHtml("<script>alert(1)</script>\n\nAfter.").ShouldNotBeNull();

        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](java&#115;cript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](../actors/ana-lima.html)")]
    [InlineData("[x](page.html?a=b:c)")]
    [InlineData("[x](#q-lima-safe)")]
    public void Links_that_are_not_full_addresses_are_neutralised(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown).ShouldNotBeNull();

        html.ShouldNotContain("script:", Case.Insensitive);
        html.ShouldNotContain("data:");
        System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ShouldBe(["#"]);
    }

    [Fact]
    public void An_autolink_to_javascript_is_neutralised()
    {
        MarkdownRenderer.ToHtml("<javascript:alert(1)>").ShouldNotBeNull().ShouldNotContain("href=\"javascript:", Case.Insensitive);
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b=c#d)", "https://example.org/a?b=c#d")]
    [InlineData("[x](http://example.org)", "http://example.org")]
    [InlineData("[x](mailto:desk@example.org)", "mailto:desk@example.org")]
    public void Full_addresses_are_kept(string markdown, string href)
    {
        MarkdownRenderer.ToHtml(markdown).ShouldBe($"<p><a href=\"{href}\">x</a></p>");
    }

    [Fact]
    public void A_bare_web_address_becomes_a_link()
    {
        MarkdownRenderer.ToHtml("See www.example.org.").ShouldBe("<p>See <a href=\"http://www.example.org\">www.example.org</a>.</p>");
    }
}
