using System.Net;
using Dossier.Building;
using Dossier.Cli.Serving;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class ServeWithoutGoodBuildTests
{
    [Fact]
    public async Task With_no_good_build_yet_every_page_lists_the_problems_and_the_site_appears_once_they_are_fixed()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        dossier.Write("--- content/quotes/lima-safe.yml\nspeaker: ana-lmia\ntext: We will stay safe\nreported:\n  - article: report\n");
        await using var server = new PreviewServer(dossier.Paths, new BuildOptions(), port: 0, new LogWriter());
        var address = await server.StartAsync();
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(address, "index.html"));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("The dossier could not be built");
        page.ShouldContain("DOS2001: Unknown actor &#39;ana-lmia&#39;. Did you mean &#39;ana-lima&#39;?");

        dossier.Write("--- content/quotes/lima-safe.yml\nspeaker: ana-lima\ntext: We will stay safe\nreported:\n  - article: report\n");

        await Eventually.Get(async () => (await http.GetAsync(new Uri(address, "index.html"))).StatusCode,
            status => status == HttpStatusCode.OK, "the site is served");
    }
}
