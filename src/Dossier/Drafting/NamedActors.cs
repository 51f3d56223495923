using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>A person or organisation a piece names, as first printed there.</summary>
public sealed record NamedActor(string Name, ActorKind Kind, Evidence Evidence);

/// <summary>
/// The people and organisations a piece clearly names besides its speakers: a full name after a title or office
/// ("Foreign Minister Mohammad Javad Zarif"), and a capitalised name ending in a word organisations are called by
/// ("the Popular Mobilization Units", "the Defense Ministry").
/// </summary>
public static class NamedActors
{
    public static IEnumerable<NamedActor> In(ReadingParagraph paragraph)
    {
        var frame = Frame.Of(paragraph.Text, paragraph.Marks);
        var tokens = Token.Read(frame.Text);
        var run = new List<Token>();
        foreach (var token in tokens.Append(new Token(",", frame.Text.Length)))
        {
            var inName = token.IsWord && !token.IsPossessive && (token.IsNamePart || (run.Count > 0 && NewsWords.NameParticles.Contains(token.Text)));
            if (inName)
            {
                run.Add(token);
                continue;
            }
            if (Read(run, paragraph.Line) is { } named) yield return named;
            run = [];
        }
    }

    private static NamedActor? Read(List<Token> run, SeedLine line)
    {
        var words = run.SkipWhile(t => t.Is("the") || (t == run[0] && NewsWords.LeadingPhraseWords.Contains(t.Text))).ToList();
        if (words.Count < 2) return null;
        var name = Names.ProperName(words);
        if (name is null) return null;
        var nameWords = name.Text.Split(' ').Length;
        var isPerson = name.ActorKind == ActorKind.Person && nameWords >= 2 && name.Start > words[0].Start && Names.HasTitle(words, name);
        var isOrganization = name.ActorKind == ActorKind.Organization && nameWords >= 2;
        if (!isPerson && !isOrganization) return null;
        var rule = isPerson ? "title-and-name" : "organization-name";
        return new NamedActor(name.Text, name.ActorKind, new Evidence(Join(words), rule, isPerson ? 0.6 : 0.5, line.Number, name.Start + 1));
    }

    private static string Join(List<Token> words) => string.Join(' ', words.Select(w => w.Text));
}
