using System.Net;
using Dossier.Building;
using Dossier.Cli.Serving;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>`serve` end to end, in-process: a real Kestrel on a free loopback port, a real file watcher, HttpClient as the browser.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly TestDossier _dossier = TestDossier.Create(TestDossier.Minimal);
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

    private Task<string> Page(string path) => _http.GetStringAsync(new Uri(_address, path));

    [Fact]
    public async Task Serves_the_built_site_on_loopback_and_says_where()
    {
        _address.Host.ShouldBe("127.0.0.1");
        _address.Port.ShouldBeGreaterThan(0);
        _log.Text.ShouldContain($"Serving http://127.0.0.1:{_address.Port}/");

        var page = await Page("actors/ana-lima.html");

        page.ShouldContain("Ana Lima");
    }

    [Fact]
    public async Task Adds_the_reload_script_to_pages_it_serves_but_never_to_the_output_folder()
    {
        var page = await Page("actors/ana-lima.html");

        page.ShouldContain($"<script src=\"{ServeAssets.ScriptPath}\" data-version=\"1\" {ServeAssets.Marker}></script>\n</body>");
        _dossier.ReadOutput("actors/ana-lima.html").ShouldNotContain(ServeAssets.Marker);
        (await Page(ServeAssets.ScriptPath.TrimStart('/'))).ShouldContain("new EventSource(\"/__dossier/events\")");
    }

    [Fact]
    public async Task Rebuilds_when_a_yaml_file_changes_and_serves_the_new_page()
    {
        (await Page("actors/ana-lima.html")).ShouldNotContain("Ana Maria Lima");

        _dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Maria Lima\nkind: person\naliases: [Lima]\n");

        await Eventually.Get(() => Page("actors/ana-lima.html"), p => p.Contains("Ana Maria Lima"), "the page shows the new name");
    }

    [Fact]
    public async Task Tells_open_pages_to_reload_after_a_rebuild()
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

        _dossier.Write("--- content/events/storm.yml\ntitle: Big storm\ndate: 2021-03-01\nparticipants:\n  - actor: ana-lima\n");

        (await NextData()).ShouldBe("data: 2");
    }

    [Fact]
    public async Task Shows_the_problems_of_a_failed_rebuild_over_the_last_good_site_until_they_are_fixed()
    {
        // Given a mistake in a YAML file
        _dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Lima\nkind: person\nalias: [Lima]\n");

        // Then every page still shows the last good build, with the problem over it
        var page = await Eventually.Get(() => Page("actors/ana-lima.html"), p => p.Contains("dossier-serve-errors"), "the page shows the failed build");
        page.ShouldContain("content/actors/ana-lima.yml(3,1): error DOS1002: Unknown key &#39;alias&#39;.");
        page.ShouldContain("\n    alias: [Lima]\n    ^</li>", customMessage: "the panel shows the line with a caret, as the terminal does");
        page.ShouldContain("Ana Lima");
        (await Page("index.html")).ShouldContain("DOS1002");
        _log.Text.ShouldContain("error DOS1002: Unknown key 'alias'.");
        _dossier.ReadOutput("actors/ana-lima.html").ShouldNotContain("DOS1002");

        // When it is fixed, the panel goes
        _dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Lima\nkind: person\naliases: [Lima]\n");
        await Eventually.Get(() => Page("actors/ana-lima.html"), p => !p.Contains("dossier-serve-errors"), "the panel is gone");
    }

    [Fact]
    public async Task Answers_a_missing_page_with_the_sites_404_page()
    {
        var response = await _http.GetAsync(new Uri(_address, "actors/nobody.html"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain(ServeAssets.Marker);
    }

    [Fact]
    public async Task Serves_nothing_outside_the_output_folder()
    {
        foreach (var path in new[] { "%2e%2e/content/dossier.yml", "..%2fcontent%2fdossier.yml", "assets/" })
        {
            var response = await _http.GetAsync(new Uri(_address, path));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Test dossier\n", customMessage: path);
        }
    }

    [Fact]
    public async Task Refuses_requests_that_would_change_anything()
    {
        var response = await _http.PostAsync(new Uri(_address, "index.html"), new StringContent(""));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
