using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// The injection battery: script tags and attribute break-outs in every text field of every kind of file, in the
/// addresses of Markdown links, and in the seed text. Every page must show them as text and run none of them. (A
/// javascript: link in a Markdown field is refused at the load, DOS1007, and never drawn as a link.)
/// </summary>
public sealed class MarkupInjectionTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Breakout = "\"><img src=x onerror=alert(2)>";
    private const string Single = "'><svg onload=alert(3)>";

    /// <summary>Each text field carries its own numbered payload, so a failure says which field leaked.</summary>
    private static string P(int n) => $"F{n} {Script} {Breakout} {Single}";

    /// <summary>A YAML single-quoted scalar, which keeps every character but doubles the quote.</summary>
    private static string Q(string text) => "'" + text.Replace("'", "''") + "'";

    internal static readonly string Dossier = $$"""
        --- content/dossier.yml
        title: {{Q(P(1))}}
        subtitle: {{Q(P(2))}}
        summary: {{Q($"{P(3)} [link](https://example.org/\"onclick=\"alert(4)) <https://example.org/'onclick='alert(5)>")}}
        language: {{Q($"en{Breakout}")}}
        base_url: https://example.org/x/
        notes: {{Q(P(6))}}
        --- content/outlets/courier.yml
        name: {{Q(P(7))}}
        kind: {{Q(P(8))}}
        country: {{Q(P(9))}}
        affiliation: city
        homepage: {{Q($"https://example.org/{Breakout}")}}
        summary: {{Q(P(10))}}
        --- content/outlets/wire.yml
        name: Wire
        aliases: [{{Q(P(34))}}]
        --- content/places/harbour.yml
        name: {{Q(P(20))}}
        country: {{Q(P(31))}}
        aliases: [{{Q(P(32))}}]
        coordinates: 43.6, -70.2
        summary: {{Q(P(33))}}
        --- content/actors/city.yml
        name: {{Q(P(11))}}
        kind: organization
        summary: {{Q(P(12))}}
        --- content/actors/ana-lima.yml
        name: {{Q(P(13))}}
        kind: person
        aliases: ["Lima", {{Q(P(14))}}]
        roles:
          - title: {{Q(P(15))}}
            of: city
            from: 2019
        affiliations: [city]
        born: 1970
        summary: {{Q($"{P(16)} [x](https://example.org/{Single})")}}
        --- content/events/storm.yml
        title: {{Q(P(18))}}
        date: 2021-03-01
        time: {{Q(P(19))}}
        places: [harbour]
        summary: {{Q(P(21))}}
        participants:
          - actor: ana-lima
            role: {{Q(P(22))}}
        --- content/events/closure.yml
        title: Closure
        date: 2021-03-02
        follows: [storm]
        participants:
          - actor: city
        --- content/articles/report.yml
        title: {{Q(P(23))}}
        outlet: courier
        published: 2021-03-02
        source: report.txt
        byline: {{Q(P(24))}}
        url: {{Q($"https://example.org/a{Breakout}")}}
        events: [storm, closure]
        original:
          outlet: wire
          note: {{Q(P(25))}}
        headings: ["Heading {{Script}}"]
        --- content/quotes/lima-safe.yml
        speaker: ana-lima
        via: city
        text: {{Q($"We will stay {Script} safe")}}
        said: 2021-03-01
        occasion: {{Q(P(26))}}
        event: storm
        about: [city]
        reported:
          - article: report
            text: {{Q($"We will stay {Script} safe {Breakout}")}}
            through: [wire]
        --- content/claims/repairs.yml
        question: {{Q(P(27))}}
        event: storm
        summary: {{Q(P(28))}}
        answers:
          - answer: {{Q(P(29))}}
            claimants:
              - actor: ana-lima
                article: report
                text: {{Q($"repairs take {Single} days")}}
                through: [wire]
          - answer: Weeks
            claimants:
              - actor: city
                article: report
                text: We will stay
        --- seeds/report.txt
        Heading {{Script}}
        Lima said: “We will stay {{Script}} safe {{Breakout}},” after the storm. {{P(30)}}
        The city said repairs take {{Single}} days.
        """;

    [Fact]
    public void Every_payload_in_every_field_is_shown_as_text_and_runs_nowhere()
    {
        using var dossier = TestDossier.Create(Dossier);

        var result = dossier.Build();

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var parser = new HtmlParser();
        var seen = new HashSet<int>();
        foreach (var file in Directory.EnumerateFiles(dossier.Paths.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(dossier.Paths.Output, file);
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.All)
            {
                element.LocalName.ShouldNotBeOneOf(["img", "iframe", "object", "embed"], page);
                foreach (var attribute in element.Attributes)
                {
                    attribute.Name.ShouldNotStartWith("on", Case.Insensitive, $"{page}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action")
                        attribute.Value.TrimStart().ShouldNotStartWith("javascript:", Case.Insensitive, page);
                }
            }
            foreach (var script in document.Scripts)
            {
                // Only the site's own files and JSON-LD, which System.Text.Json writes with '<' escaped.
                (script.Source is { Length: > 0 } || script.Type == "application/ld+json").ShouldBeTrue(page);
                script.Text.ShouldNotContain("<", customMessage: page);
            }
            var text = document.Body!.TextContent + document.Title;
            for (var n = 1; n <= 34; n++)
            {
                if (text.Contains(P(n), StringComparison.Ordinal)) seen.Add(n);
            }
        }
        // The payloads reached the pages, as text: the fields are shown, not dropped.
        seen.Order().ShouldBe([1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]);
    }
}
