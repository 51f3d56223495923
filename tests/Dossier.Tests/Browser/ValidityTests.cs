using System.Diagnostics;
using System.Text.Json;
using Dossier.Tests.Snapshots;

namespace Dossier.Tests.Browser;

/// <summary>Every page is valid HTML (Nu Html Checker) and every page kind, paged ones too, passes axe-core with no violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ValidityTests
{
    [WebCheckFact]
    public void Every_page_of_both_dossiers_is_valid_html()
    {
        var errors = Vnu(BuiltSite.Mini.Output).Concat(Vnu(BuiltSite.MiniPaged.Output)).Concat(Vnu(BuiltSite.Real.Output)).ToArray();

        errors.ShouldBeEmpty();
    }

    private static readonly (string Dossier, string Page)[] Pages =
    [
        ("mini", "index.html"), ("mini", "actors/ana-lima.html"), ("mini", "events/harbour-closed.html"),
        ("mini", "outlets/harbour-digest.html"), ("mini", "articles/courier-harbour-closed.html"), ("mini", "places/portville-town-hall.html"),
        ("mini", "quotes/lima-will-not-reopen.html"), ("mini", "claims/repair-time.html"), ("mini", "actors/index.html"),
        ("mini", "timeline.html"), ("mini", "network.html"), ("mini", "book.html"), ("mini", "search.html?q=lima"),
        ("mini", "404.html"), ("mini-paged", "actors/page-2.html"), ("mini-paged", "actors/ana-lima/articles-2.html"),
        ("mini-paged", "book/actors-2.html"), ("real", "index.html"), ("real", "timeline.html"), ("real", "network.html"), ("real", "book.html"),
        ("real", "claims/index.html"), ("real", "actors/adel-abdul-mahdi.html"),
    ];

    /// <summary>Every page kind on a laptop and on a phone, and in dark mode.</summary>
    public static TheoryData<string, string, int, bool> PageKinds()
    {
        var data = new TheoryData<string, string, int, bool>();
        foreach (var (dossier, page) in Pages)
        {
            data.Add(dossier, page, 1280, false);
            data.Add(dossier, page, 390, false);
            data.Add(dossier, page, 1280, true);
        }
        return data;
    }

    [WebCheckTheory]
    [MemberData(nameof(PageKinds))]
    public async Task Page_has_no_axe_violations(string dossier, string page, int width, bool dark)
    {
        var site = dossier switch { "mini" => BuiltSite.Mini, "mini-paged" => BuiltSite.MiniPaged, _ => BuiltSite.Real };
        var path = page.Split('?')[0];
        await using var session = await OfflineBrowser.OpenAsync(site.Output, path, bypassCsp: true, width: width, dark: dark);
        if (page.Contains('?')) await session.Page.GotoAsync(OfflineBrowser.FileUrl(site.Output, path) + page[page.IndexOf('?')..]);

        await session.Page.AddScriptTagAsync(new() { Path = WebChecks.AxeScript });
        var result = await session.Page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')");

        result.EnumerateArray().Select(v => v.GetString()).ShouldBeEmpty();
    }

    private static IEnumerable<string> Vnu(string folder)
    {
        var start = new ProcessStartInfo("java", ["-jar", WebChecks.VnuJar, "--errors-only", "--skip-non-html", "--format", "gnu", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (output.Result + errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace(folder, ""));
    }
}
