using Dossier.Drafting;
using Dossier.Editing;
using Dossier.Model;

namespace Dossier.Tests.Drafting;

/// <summary>
/// A hand-made draft of one new seed, as the engine would propose it: an article from a new outlet, a quotation
/// joining TestDossier.Minimal's quote 'lima-safe' in other words, one by a new actor, one whose speaker is unknown.
/// </summary>
internal static class DraftSamples
{
    public const string SeedName = "gazette.txt";

    public const string Seed = """
        Harbour reopens
        March 5, 2021
        Lima said: “we will stay safe,” as the harbour reopened.
        “Ships are moving again: all of them,” said Harbour Master Joe Park.
        The Port Board said: "It was about time."
        """;

    public const string ArticleId = "gazette-harbour-reopens";

    /// <param name="known">Whether the dossier holds Ana Lima and her quote 'lima-safe' (TestDossier.Minimal does; an empty one does not).</param>
    /// <param name="title">The headline, or null when the text has none.</param>
    public static Draft Draft(bool known = true, string? title = "Harbour reopens") => new(
        [
            new ArticleProposal(ArticleId, SeedName, title, new PartialDate(2021, 3, 5), null, "gazette", null, null,
                [], ["Harbour reopens", "March 5, 2021"], [new Evidence("March 5, 2021", "date-line", 0.95, 2, 1)]),
        ],
        [
            new QuoteProposal(ArticleId, "we will stay safe", new SpeakerMatch("Lima", known ? "ana-lima" : null),
                new Evidence("said", "speaker-before-verb", 0.9, 3, 6), known ? "lima-safe" : null),
            new QuoteProposal(ArticleId, "Ships are moving again: all of them", new SpeakerMatch("Harbour Master Joe Park", "joe-park"),
                new Evidence("said", "verb-after-quote", 0.8, 4, 39), null),
            new QuoteProposal(ArticleId, "It was about time.", new SpeakerMatch(null, null),
                new Evidence("said", "speaker-before-verb", 0.4, 5, 16), null),
        ],
        [
            new ActorProposal("joe-park", "Joe Park", ActorKind.Person, new Evidence("Harbour Master", "title-before-name", 0.85, 4, 45), SeedName),
            new ActorProposal("port-board", "Port Board", ActorKind.Organization, new Evidence("The Port Board", "capitalised-name", 0.3, 5, 1), SeedName),
        ],
        [new OutletProposal("gazette", "Gazette", null, new Evidence("Gazette", "outlet-line", 0.6, 1, 1))]);

    /// <summary>What an editor would write for each field a draft leaves TODO; null deletes the line.</summary>
    private static readonly Dictionary<string, string?> Fillings = new()
    {
        ["title"] = "\"[Harbour reopens]\"",
        ["outlet"] = "gazette",
        ["published"] = "2021-03-05",
        ["speaker"] = "joe-park",
        ["said"] = "2021-03-05",
        ["event"] = null,
        ["events"] = null,
        ["kind"] = "organization",
    };

    /// <summary>The draft with every TODO field filled in (or its line deleted), as an editor would.</summary>
    public static string Fill(string text)
    {
        var lines = text.Split('\n').ToList();
        foreach (var field in DraftTodo.Find(text).OrderByDescending(f => f.Line))
        {
            if (Fillings[field.Key] is { } value) lines[field.Line - 1] = $"{field.Key}: {value}";
            else lines.RemoveAt(field.Line - 1);
        }
        return string.Join('\n', lines);
    }
}
