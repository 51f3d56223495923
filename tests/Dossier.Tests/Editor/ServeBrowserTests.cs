using Dossier.Building;
using Dossier.Cli.Serving;
using Dossier.Tests.Browser;
using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Editor;

/// <summary>
/// The preview in real Chromium: the page reloads by itself after a save, and shows a failed build's problems,
/// all within the pages' own Content-Security-Policy (no inline script or style). Skipped without /usr/bin/chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeBrowserTests
{
    [ChromiumFact]
    public async Task An_open_page_reloads_itself_after_a_save_and_shows_the_problems_of_a_failed_build()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        await using var server = new PreviewServer(dossier.Paths, new BuildOptions(), port: 0, new LogWriter());
        var address = await server.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };
        var heading = page.Locator("h1");
        var panel = page.Locator(".dossier-serve-errors");
        var wait = new LocatorAssertionsToHaveTextOptions { Timeout = (float)Eventually.Timeout.TotalMilliseconds };

        await page.GotoAsync(new Uri(address, "actors/ana-lima.html").AbsoluteUri);
        (await heading.TextContentAsync()).ShouldBe("Ana Lima");

        // When the editor saves a change, the page shows it without being reloaded by hand
        dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Maria Lima\nkind: person\naliases: [Lima]\n");
        await Assertions.Expect(heading).ToHaveTextAsync("Ana Maria Lima", wait);

        // A mistake shows its diagnostic over the last good page
        dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Maria Lima\nkind: persn\naliases: [Lima]\n");
        await Assertions.Expect(panel).ToContainTextAsync("DOS1007", new() { Timeout = wait.Timeout });
        (await panel.GetAttributeAsync("role")).ShouldBe("alert");
        (await panel.EvaluateAsync<string>("e => getComputedStyle(e).position")).ShouldBe("fixed", "serve.css applies under the page's CSP");
        (await heading.TextContentAsync()).ShouldBe("Ana Maria Lima");

        // Fixing it removes the panel
        dossier.Write("--- content/actors/ana-lima.yml\nname: Ana Maria Lima\nkind: person\naliases: [Lima]\n");
        await Assertions.Expect(panel).ToHaveCountAsync(0, new() { Timeout = wait.Timeout });

        errors.ShouldBeEmpty();
    }
}
