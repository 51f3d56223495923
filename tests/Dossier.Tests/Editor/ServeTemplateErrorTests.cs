using Dossier.Building;
using Dossier.Cli.Serving;
using Dossier.Tests.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>`serve` with a template mistake: the problem on every page and in the terminal, the last good site still served.</summary>
public sealed class ServeTemplateErrorTests : IAsyncLifetime
{
    private readonly TestDossier _dossier = TestDossier.Create(TestDossier.Minimal);
    private readonly LogWriter _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(_dossier.WithOwnTemplates(), new BuildOptions(), port: 0, _log);
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
    public async Task A_template_mistake_is_shown_over_the_last_good_site_until_it_is_fixed()
    {
        var template = Path.Combine(_dossier.Root, "templates", "actor.sbn-html");
        var good = await File.ReadAllTextAsync(template);

        await File.WriteAllTextAsync(template, "<h1>{{ nmae }}</h1>\n");

        var page = await Eventually.Get(() => Page("actors/ana-lima.html"), p => p.Contains("dossier-serve-errors"), "the page shows the failed build");
        page.ShouldContain("templates/actor.sbn-html(1,8): error DOS3004: &#39;nmae&#39; is not defined here");
        page.ShouldContain("<h1>Ana Lima</h1>");
        _log.Text.ShouldContain("Did you mean 'name'?");

        await File.WriteAllTextAsync(template, good);
        await Eventually.Get(() => Page("actors/ana-lima.html"), p => !p.Contains("dossier-serve-errors"), "the panel is gone");
    }
}
