using Dossier.Diagnostics;
using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class QuoteReader
{
    public static readonly IReadOnlyList<string> Keys = ["speaker", "text", "said", "occasion", "event", "about", "reported"];
    public static readonly IReadOnlyList<string> ReportKeys = ["article", "text"];

    public static Quote Read(MappingReader yaml, string id, DiagnosticBag bag)
    {
        var reported = yaml.List("reported", ReportKeys, r => new Report(r.RequiredReference("article"), r.LocatedText("text")));
        if (reported.Count == 0)
            bag.Error(DiagnosticCodes.MissingKey, yaml.SpanOf("reported"), "A quote needs at least one entry under 'reported'.",
                "Add '- article: <article id>' for each article that carries the quote.");
        return new Quote(
            Id: id,
            Speaker: yaml.RequiredReference("speaker"),
            Text: yaml.RequiredText("text", ""),
            Said: yaml.Date("said"),
            Occasion: yaml.Text("occasion"),
            Event: yaml.Reference("event"),
            About: yaml.ReferenceList("about"),
            Reported: reported,
            Span: yaml.Span());
    }
}
