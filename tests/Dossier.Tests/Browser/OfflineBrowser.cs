using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>
/// A page in the system Chromium opened over file://, with every request that would leave file:// refused
/// and recorded, and every console error and page error collected. One browser serves the whole test run
/// (starting Chromium is the slow part); each test gets a fresh context of its own.
/// </summary>
public sealed partial class OfflineBrowser : IAsyncDisposable
{
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync);
    private readonly IBrowserContext _context;

    // Retrying assertions wait up to 15 s, not Playwright's 5: on a loaded two-core machine the first search page
    // of a run can take longer than 5 s to load every shard.
    static OfflineBrowser() => Assertions.SetDefaultExpectTimeout(15_000);

    private OfflineBrowser(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Leaving { get; } = [];

    /// <param name="bypassCsp">Only for injecting a checker such as axe-core: the pages' own Content-Security-Policy refuses injected scripts.</param>
    /// <param name="width">The window's width in CSS pixels: 1280 for a laptop, 390 for a phone.</param>
    /// <param name="dark">Whether the reader prefers a dark colour scheme.</param>
    public static async Task<OfflineBrowser> OpenAsync(string siteFolder, string path, bool bypassCsp = false, int width = 1280, bool dark = false)
    {
        var browser = await SharedBrowser.Value;
        var context = await browser.NewContextAsync(new()
        {
            BypassCSP = bypassCsp,
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 800 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var session = new OfflineBrowser(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                session.Leaving.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Console += (_, message) => { if (message.Type == "error") session.Errors.Add(message.Text); };
        page.PageError += (_, error) => session.Errors.Add(error);
        await page.GotoAsync(FileUrl(siteFolder, path));
        return session;
    }

    public static string FileUrl(string siteFolder, string path) => new Uri(Path.Combine(siteFolder, path)).AbsoluteUri;

    /// <summary>
    /// Waits until the search page's status says how many results there are: every shard of the index loaded and
    /// searched. Results are drawn again as each shard arrives, so a test reads them only after this.
    /// </summary>
    public static Task SearchFinished(IPage page) =>
        Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(SearchDone());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(No results|\d+ results?)\.$")]
    private static partial System.Text.RegularExpressions.Regex SearchDone();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
