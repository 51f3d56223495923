using Dossier.Rendering.Views;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>What a template can reach: its view, links, and the functions Dossier registers; nothing of .NET beyond them.</summary>
public sealed class TemplateSandboxTests
{
    private static readonly LayoutView Layout = new(
        new Chrome("Page", "Site", "en", null, null, "website", [], [], new SafeHtml("{\"@type\":\"Thing\"}"), []),
        new SafeHtml("<p>body</p>"));

    [Fact]
    public void Safe_html_is_written_as_it_is_but_shows_no_fields()
    {
        TemplateRunner.Render("{{ body }}", Layout).ShouldBe("<p>body</p>");
        TemplateRunner.Render("{{ body.value }}", Layout).ShouldStartWith("templates/page.sbn-html(1,9): error DOS3004: 'value' is not a field of this value.");
    }

    [Theory]
    [InlineData("{{ math.random 1 10 }}", "random")]
    [InlineData("{{ math.uuid }}", "uuid")]
    [InlineData("{{ object.eval \"1 + 1\" }}", "eval")]
    [InlineData("{{ object.eval_template \"{{ 1 }}\" }}", "eval_template")]
    public void Functions_that_would_make_pages_differ_or_run_text_as_a_template_are_not_there(string template, string name)
    {
        TemplateRunner.Render(template, Layout).ShouldContain($"error DOS3004: '{name}' is not a field of these functions.");
    }

    [Fact]
    public void Scriban_s_text_and_list_functions_are_there()
    {
        TemplateRunner.Render("{{ chrome.page_title | string.upcase }} {{ chrome.nav | array.size }} {{ 7 | math.times 3 }}", Layout)
            .ShouldBe("PAGE 0 21");
    }

    [Fact]
    public void Markdown_is_rendered_with_raw_html_escaped_and_written_unescaped()
    {
        TemplateRunner.Render("{{ text | markdown }}", new Link("a <b>x</b> **y** [z](javascript:alert(1))", ""))
            .ShouldBe("<p>a &lt;b&gt;x&lt;/b&gt; <strong>y</strong> <a href=\"#\">z</a></p>");
    }

    [Fact]
    public void An_empty_list_or_empty_text_is_false_in_a_condition()
    {
        TemplateRunner.Render("{{ if chrome.nav }}nav{{ else }}no nav{{ end }} {{ if chrome.page_title }}title{{ end }} {{ if chrome.canonical_url }}url{{ else }}no url{{ end }}", Layout)
            .ShouldBe("no nav title no url");
    }

    [Fact]
    public void Every_template_sees_the_site_s_links_from_its_own_page()
    {
        TemplateRunner.Render("{{ links.home }} {{ links.search }} {{ links.stylesheet }}", Layout, root: "../")
            .ShouldBe("../index.html ../search.html ../assets/site.css");
    }
}
