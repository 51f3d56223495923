using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>
/// Reads who a phrase of news prose names: "Iranian President Hassan Rouhani" is Hassan Rouhani (the titles are his,
/// not his name), "the IRGC statement" is the IRGC, "he" and "the minister" stand for someone named before, and
/// "a senior defense source" describes someone never named.
/// </summary>
public static class Names
{
    private static readonly HashSet<string> Articles = new(["the", "this", "that", "these", "those"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Indefinite = new(["a", "an", "one", "some", "two", "three", "several", "many", "other", "another"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What the phrase (a clause's subject, a run of words before a verb) refers to, or null when nothing.</summary>
    public static Mention? Read(IReadOnlyList<Token> phrase)
    {
        var words = phrase.Where(t => t.IsWord).ToList();
        while (words.Count > 0 && (NewsWords.IsWeekday(words[^1].Text) || NewsWords.BetweenSpeakerAndVerb.Contains(words[^1].Text))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        var start = words[0].Start;
        if (words.Count == 1 && NewsWords.Pronouns.Contains(words[0].Text))
        {
            var kind = NewsWords.PersonPronouns.Contains(words[0].Text) ? ActorKind.Person : ActorKind.Organization;
            return new Mention(MentionKind.Pronoun, words[0].Text, words[0].Text.ToLowerInvariant(), kind, start);
        }
        if (Indefinite.Contains(words[0].Text) || (!words[0].IsNamePart && !Articles.Contains(words[0].Text)))
        {
            var described = Indefinite.Contains(words[0].Text) ? words.Skip(1).ToList() : words;
            return described.Count == 0 ? null : new Mention(MentionKind.Description, Join(described), described[^1].Text.ToLowerInvariant(), ActorKind.Person, start);
        }
        if (ProperName(words) is { } name) return name;
        var role = Articles.Contains(words[0].Text) ? words.Skip(1).ToList() : words;
        if (role.Count == 0) return null;
        return new Mention(MentionKind.Role, Join(words), role[^1].Text.ToLowerInvariant(), RoleKind(role[^1].Text), start);
    }

    /// <summary>The name at the end of the words, titles and possessors left off; null when they end in common nouns.</summary>
    public static Mention? ProperName(IReadOnlyList<Token> words)
    {
        var run = new List<Token>();
        var last = words.Count - 1;
        while (last >= 0 && (NewsWords.IsWeekday(words[last].Text) || NewsWords.IsMonth(words[last].Text))) last--;
        for (var i = last; i >= 0; i--)
        {
            var word = words[i];
            var particle = NewsWords.NameParticles.Contains(word.Text) && run.Count > 0;
            if (word.IsPossessive || !(word.IsNamePart || particle || (char.IsDigit(word.Text[0]) && run.Count == 0 && i > 0))) break;
            if (Articles.Contains(word.Text)) break;
            run.Insert(0, word);
        }
        if (run.Count == 0 || run.All(t => NotAName(t.Text))) return null;
        while (run.Count > 0 && NewsWords.DocumentNouns.Contains(run[^1].Text) && run.Count > 1) run.RemoveAt(run.Count - 1);
        var organization = NewsWords.OrganizationNouns.Contains(run[^1].Text) || (run.Count == 1 && run[0].IsAcronym && run[0].Text.Length > 2 && !run[0].Text.Contains('.'));
        if (!organization)
        {
            var lastTitle = run.FindLastIndex(t => NewsWords.TitleWords.Contains(t.Text) || t.Text.Split('-').Any(NewsWords.TitleWords.Contains) || t.IsAcronym);
            run = run.Skip(lastTitle + 1).ToList();
            if (run.Count == 0 || run.All(t => NotAName(t.Text))) return null;
        }
        // "Iran-aligned Popular Mobilization Forces": an adjective before the name is not part of it.
        while (organization && run.Count > 2 && run[0].Text.Split('-').Skip(1).Any(part => part.Length > 0 && char.IsLower(part[0]))) run.RemoveAt(0);
        var kind = organization ? ActorKind.Organization : ActorKind.Person;
        return new Mention(MentionKind.Name, Join(run), run[^1].Text.ToLowerInvariant(), kind, run[0].Start);
    }

    private static bool NotAName(string word) =>
        NewsWords.IsWeekday(word) || NewsWords.IsMonth(word) || NewsWords.Pronouns.Contains(word) || Articles.Contains(word) || char.IsDigit(word[0])
        || NewsWords.LeadingPhraseWords.Contains(word) || Indefinite.Contains(word) || word is "There" or "Here" or "If" or "Listen" or "Yes" or "No";

    /// <summary>Someone the text gives a title or an office: "Foreign Minister Mohammad Javad Zarif".</summary>
    public static bool HasTitle(IReadOnlyList<Token> words, Mention name) =>
        words.Any(w => w.End <= name.Start && NewsWords.TitleWords.Contains(w.Text) && name.Start - w.End <= 40);

    private static ActorKind RoleKind(string head) =>
        NewsWords.OrganizationNouns.Contains(head) || NewsWords.DocumentNouns.Contains(head) ? ActorKind.Organization : ActorKind.Person;

    private static string Join(IEnumerable<Token> words)
    {
        var text = "";
        Token? previous = null;
        foreach (var word in words)
        {
            text += previous is null ? word.Text : (word.Start == previous.End ? "" : " ") + word.Text;
            previous = word;
        }
        return text;
    }
}
