using Dossier.Diagnostics;
using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class ClaimReader
{
    public static readonly IReadOnlyList<string> Keys = ["question", "event", "summary", "answers"];
    public static readonly IReadOnlyList<string> AnswerKeys = ["answer", "claimant", "article", "text"];

    public static Claim Read(MappingReader yaml, string id, DiagnosticBag bag)
    {
        var answers = yaml.List("answers", AnswerKeys, a => new Answer(
            Statement: a.RequiredText("answer", ""),
            Claimant: a.Reference("claimant"),
            Article: a.RequiredReference("article"),
            Text: a.RequiredLocatedText("text", ""),
            Span: a.Span()));
        if (answers.Count < 2)
            bag.Error(DiagnosticCodes.MissingKey, yaml.SpanOf("answers"), "A contested claim needs at least two entries under 'answers'.",
                "Add one '- answer: ...' entry for each side, with the article and passage that report it.");
        return new Claim(
            Id: id,
            Question: yaml.RequiredText("question", id),
            Event: yaml.Reference("event"),
            Summary: yaml.Text("summary"),
            Answers: answers,
            Span: yaml.Span());
    }
}
