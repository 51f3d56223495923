using System.Diagnostics;
using System.Text;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>Input an editor should never be able to crash the build with, or use to put markup on a page.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Files_saved_with_a_bom_and_crlf_line_endings_load_cleanly_and_render()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        foreach (var file in Directory.EnumerateFiles(dossier.Root, "*", SearchOption.AllDirectories))
            File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(file).Replace("\n", "\r\n"))]);

        var result = dossier.Build(strict: true);

        result.Diagnostics.ShouldBeEmpty();
        var article = dossier.ReadOutput("articles/report.html");
        article.ShouldContain("<mark class=\"quote\" id=\"q-lima-safe\"><a href=\"../quotes/lima-safe.html\">We will stay safe</a></mark>,” after the storm.");
        article.ShouldNotContain("\r");
        article.ShouldNotContain("\uFEFF");
    }

    [Fact]
    public void A_bom_and_crlf_do_not_shift_the_position_of_a_mistake()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/actors/ana-lima.yml",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name: Ana Lima\r\nkind: persn\r\naliases: [Lima]\r\n")]);

        dossier.Diagnostics().ShouldBe(["content/actors/ana-lima.yml(2,7): error DOS1007: 'persn' is not a valid 'kind'. Did you mean 'person'?"]);
    }

    [Fact]
    public void An_empty_seed_leaves_the_quote_nothing_to_match_against()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("seeds/report.txt", []);

        dossier.Diagnostics().ShouldBe([
            "content/quotes/lima-safe.yml(2,7): error DOS2002: The quote's text is not found in the text of article 'report'. The article has no text to match. " +
            "Copy the wording exactly as printed; quotes, dashes and spacing may differ, nothing else.",
        ]);
    }

    [Fact]
    public void A_group_of_keys_where_a_text_is_expected_is_a_wrong_type()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/outlets/courier.yml
            name:
              en: Courier
              fr: Courrier
            """);

        dossier.Diagnostics().ShouldBe([
            "content/outlets/courier.yml(2,3): error DOS1003: 'name' must be a text, not a group of keys. " +
            "Write the value on the same line after the colon; put it in double quotes if it contains ': ' or starts with a special character.",
        ]);
    }

    [Fact]
    public void A_reference_with_path_characters_is_only_an_unknown_id()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/quotes/lima-safe.yml
            speaker: ../../etc/passwd
            text: We will stay safe
            event: storm
            reported:
              - article: report
            """);

        dossier.Diagnostics().ShouldBe([
            "content/quotes/lima-safe.yml(1,10): error DOS2001: Unknown actor '../../etc/passwd'. Create content/actors/../../etc/passwd.yml, or check the spelling.",
        ]);
        dossier.Build().Succeeded.ShouldBeFalse();
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("content/quotes/lima-safe.yml", "speaker: \"\"\ntext: We will stay safe\nevent: storm\nreported:\n  - article: report\n", "speaker")]
    [InlineData("content/quotes/lima-safe.yml", "speaker: ana-lima\ntext: We will stay safe\nevent: storm\nreported:\n  - article: \"\"\n", "article")]
    [InlineData("content/articles/report.yml", "title: Report\noutlet: courier\npublished: 2021-03-02\nsource: \"\"\nevents: [storm]\n", "source")]
    [InlineData("content/articles/report.yml", "title: Report\noutlet: \"\"\npublished: 2021-03-02\nsource: report.txt\nevents: [storm]\n", "outlet")]
    public void A_required_key_left_as_empty_quotes_is_an_error(string file, string yaml, string key)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write($"--- {file}\n{yaml}");

        dossier.Check().Diagnostics.ShouldContain(d => d.Severity == Dossier.Diagnostics.Severity.Error && d.Span.Path == file && d.Message.Contains($"'{key}'"));
    }

    [Fact]
    public void Deeply_nested_yaml_is_a_syntax_error_not_a_stack_overflow()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.WriteBytes("content/quotes/lima-safe.yml", Encoding.UTF8.GetBytes("text: " + new string('[', 500_000) + "\n"));

        // In a child process, since a stack overflow cannot be caught and would end the test run.
        var (exitCode, output) = RunCli(dossier.Root, "check");

        exitCode.ShouldBe(1, output);
        output.ShouldContain("content/quotes/lima-safe.yml(1,");
        output.ShouldContain("DOS1001");
    }

    [Fact]
    public void Markup_in_text_fields_and_seed_text_is_shown_as_text_on_every_page()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/dossier.yml
            title: Test <script>alert(1)</script> dossier
            subtitle: "\"><script>alert(2)</script>"
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases: [Lima]
            roles:
              - title: Mayor <script>alert(3)</script>
            --- content/quotes/lima-safe.yml
            speaker: ana-lima
            text: We will stay safe
            occasion: <img src=x onerror=alert(4)>
            event: storm
            reported:
              - article: report
            --- seeds/report.txt
            Lima said: “We will stay safe,” after the storm. <script>alert('seed')</script>
            """);

        dossier.Build().Succeeded.ShouldBeTrue();

        dossier.ReadOutput("articles/report.html").ShouldContain("after the storm. &lt;script&gt;alert(&#39;seed&#39;)&lt;/script&gt;");
        dossier.ReadOutput("index.html").ShouldContain("Test &lt;script&gt;alert(1)&lt;/script&gt; dossier");
        dossier.ReadOutput("actors/ana-lima.html").ShouldContain("Mayor &lt;script&gt;alert(3)&lt;/script&gt;");
        dossier.ReadOutput("quotes/lima-safe.html").ShouldContain("&lt;img src=x onerror=alert(4)&gt;");
        foreach (var page in Directory.EnumerateFiles(dossier.Paths.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            html.ShouldNotContain("<script>alert", customMessage: page);
            html.ShouldNotContain("<img src=x", customMessage: page);
        }
    }

    [Fact]
    public void Markup_in_names_shown_through_list_partials_is_escaped()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/outlets/courier.yml
            name: Courier <img src=x onerror=alert(1)>
            --- content/events/storm.yml
            title: Storm <script>alert(2)</script>
            date: 2021-03-01
            places: [port]
            participants:
              - actor: ana-lima
            --- content/places/port.yml
            name: <b>Port</b>
            """);

        dossier.Build().Succeeded.ShouldBeTrue();

        foreach (var page in Directory.EnumerateFiles(dossier.Paths.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            html.ShouldNotContain("<img src=x", customMessage: page);
            html.ShouldNotContain("<script>alert", customMessage: page);
            html.ShouldNotContain("<b>Port", customMessage: page);
        }
    }

    [Fact]
    public void Raw_html_in_a_markdown_summary_is_escaped()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("""
            --- content/actors/ana-lima.yml
            name: Ana Lima
            kind: person
            aliases: [Lima]
            summary: "Mayor <script>alert(1)</script> of the **port**."
            """);

        dossier.Build().Succeeded.ShouldBeTrue();

        dossier.ReadOutput("actors/ana-lima.html").ShouldContain("<p>Mayor &lt;script&gt;alert(1)&lt;/script&gt; of the <strong>port</strong>.</p>");
    }

    private static (int ExitCode, string Output) RunCli(string workingDirectory, params string[] arguments)
    {
        var cli = typeof(Dossier.Cli.Commands.BuildCommand).Assembly.Location;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dossier " + string.Join(' ', arguments) + " did not finish in 60 s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
