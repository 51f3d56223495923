using Dossier.Building;
using Dossier.Cli.Serving;
using Dossier.Diagnostics;
using Dossier.Editing;
using Dossier.Tests.Drafting;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>The preview lists the drafts waiting for review on a page of its own, links to it from every page, and follows the drafts folder without rebuilding.</summary>
public sealed class ServeDraftsTests : IAsyncLifetime
{
    private readonly TestDossier _dossier = TestDossier.Create(TestDossier.Minimal + $"\n--- seeds/{DraftSamples.SeedName}\n{DraftSamples.Seed}");
    private readonly LogWriter _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(_dossier.Paths, new BuildOptions(), port: 0, _log);
        _address = await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _dossier.Dispose();
    }

    private Task<string> Page(string path) => _http.GetStringAsync(new Uri(_address, path.TrimStart('/')));

    /// <summary>Writes the sample draft's files into drafts/, as `draft` does.</summary>
    private void WriteDrafts()
    {
        var files = DraftFiles.For(DraftSamples.Draft(title: null), SiteBuilder.Load(_dossier.Paths, new DiagnosticBag()));
        _dossier.Write(string.Concat(files.Select(f => $"--- drafts/{f.Path}\n{f.Text}\n")));
    }

    [Fact]
    public async Task Lists_each_draft_with_its_evidence_and_the_fields_to_fill_in()
    {
        WriteDrafts();

        var page = await Page(ServeAssets.DraftsPath);

        page.ShouldContain("<h1>Drafts to review</h1>");
        page.ShouldContain("7 file(s) in <code>drafts/</code>");
        page.ShouldContain("<h2><code>drafts/quotes/park-ships-moving-again-all.yml</code></h2>");
        page.ShouldContain("<li>Evidence: &quot;said&quot; (rule verb-after-quote, confidence 0.80) at seeds/gazette.txt(4,39)</li>");
        page.ShouldContain("<li><strong>said</strong> (line 8): the date it was said");
        page.ShouldContain("<pre>speaker: joe-park\ntext: &quot;Ships are moving again: all of them&quot;");
        page.ShouldContain($"<script src=\"{ServeAssets.ScriptPath}\" data-version=\"1\"");
    }

    [Fact]
    public async Task Every_page_links_to_the_drafts_while_there_are_some_and_the_site_never_holds_them()
    {
        (await Page("index.html")).ShouldNotContain("dossier-serve-drafts");

        WriteDrafts();

        (await Page("index.html")).ShouldContain($"<a class=\"dossier-serve-drafts\" href=\"{ServeAssets.DraftsPath}\" {ServeAssets.Marker}>7 draft(s) to review</a>");
        _dossier.ReadOutput("index.html").ShouldNotContain("draft");
        Directory.EnumerateFileSystemEntries(_dossier.Paths.Output, "*draft*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Says_so_when_there_are_no_drafts()
    {
        (await Page(ServeAssets.DraftsPath)).ShouldContain("There are no drafts in <code>drafts/</code>.");
    }

    [Fact]
    public async Task New_drafts_reload_open_pages_without_a_rebuild()
    {
        using var events = await _http.GetStreamAsync(new Uri(_address, ServeAssets.EventsPath.TrimStart('/')));
        using var reader = new StreamReader(events);
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        async Task<string> NextData()
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal)) return line;
            }
            throw new EndOfStreamException();
        }
        (await NextData()).ShouldBe("data: 1");

        // The first `draft` creates the folder while the preview runs.
        WriteDrafts();

        (await NextData()).ShouldBe("data: 0");
        await Task.Delay(PreviewServer.Quiet * 4);
        _log.Text.ShouldNotContain("Change detected");
        (await Page("index.html")).ShouldContain("data-version=\"1\"");
    }
}
