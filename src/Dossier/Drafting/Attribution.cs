namespace Dossier.Drafting;

/// <summary>
/// Who a quotation is attributed to, as the sentence says it, before any pronoun or role is resolved: the phrase, the
/// rule that found it, the words that cued it and where they stand in the paragraph.
/// </summary>
public sealed record Attribution(Mention? Speaker, string Rule, string Cue, int CueAt)
{
    public static Attribution None(int at) => new(null, "unattributed", "", at);
}

/// <summary>
/// Finds a quotation's attribution the way a newsroom reader does: "…,” X said", "…,” said X", "X said: “…”",
/// "according to X", "X, the foreign minister, said", "X … and added “…”", "…, saying “…”", "X “requested …”".
/// </summary>
public static class Attributions
{
    private const int MaxWordsToVerb = 20;
    private const int MaxSpeakerWords = 8;
    private static readonly HashSet<string> Conjunctions = new(["and", "but", "or", "while", "then"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Determiners = new(["its", "his", "her", "their", "our", "my", "your", "the", "a", "an", "this", "that"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Prepositions = new(["of", "for", "to", "at", "in", "on", "with", "from", "by", "against", "about"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EndOfSpeakerAfterVerb = new(
        ["in", "on", "at", "during", "after", "before", "as", "when", "while", "who", "which", "that", "adding", "saying", "and", "to", "from", "with", "for"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Common verbs that end in neither -ed nor -s: a name followed by one is a clause's subject.</summary>
    private static readonly HashSet<string> IrregularVerbs = new(
    [
        "took", "made", "met", "gave", "went", "came", "got", "held", "left", "led", "sent", "spoke", "wrote", "told", "said", "saw",
        "found", "brought", "thought", "felt", "kept", "began", "won", "lost", "ran", "stood", "put", "set", "struck", "fought",
        "hit", "sat", "chose", "drew", "flew", "grew", "knew", "rose", "shook", "spent", "threw", "withdrew", "became", "broke",
        "did", "fell", "heard", "meant", "paid", "read", "sold", "taught", "understood", "can", "could", "may", "might", "must",
        "shall", "should", "will", "would", "does", "do", "did", "say", "want", "need", "seek", "hope", "believe", "think", "know",
    ], StringComparer.OrdinalIgnoreCase);

    /// <param name="frame">The masked text around the quotation.</param>
    /// <param name="open">Where the quotation's opening mark is in the frame.</param>
    /// <param name="end">Just after its closing mark (or the frame's end).</param>
    public static Attribution Find(Frame frame, int open, int end)
    {
        var text = frame.Text;
        var (sentenceStart, sentenceEnd) = Sentences.Around(text, open);
        var after = Token.Read(text[end..Math.Max(end, sentenceEnd)], end).TakeWhile(t => t.Text != "\"").ToList();
        var before = Token.Read(text[sentenceStart..open], sentenceStart);
        var sentence = Token.Read(text[sentenceStart..sentenceEnd], sentenceStart);

        var fromAfter = After(after);
        if (fromAfter is { Rule: not "carried-by" }) return Shift(fromAfter, frame);
        var fromBefore = Before(before, sentence);
        if (fromBefore is not null) return Shift(fromBefore, frame);
        if (fromAfter is not null) return Shift(fromAfter, frame);
        if (text.Trim(' ', '"', '_', '.', ',', ':', ';', '—', '–', '-').Length == 0) return new Attribution(null, "continues-previous-speaker", "", frame.Offset + open);
        if (Subject(sentence) is { IsName: true } guess) return Shift(new Attribution(guess, "sentence-subject", "", guess.Start), frame);
        return Attribution.None(frame.Offset + open);
    }

    /// <summary>Whoever a sentence without quotations has speaking: "X said …", "…, according to X", for a later quotation to go on with.</summary>
    public static IEnumerable<Mention> Speakers(IReadOnlyList<Token> sentence)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            var length = VerbLength(sentence, i);
            if (length == 0) continue;
            var verb = Span(sentence, i, length).ToLowerInvariant();
            var found = verb == "according to" ? According(sentence, i) : SpeakerOfVerb(sentence, i, verb, sentence);
            if (found?.Speaker is { IsName: true } speaker) yield return speaker;
            i += length - 1;
        }
    }

    /// <summary>"…,” X said", "…,” said X", "…,” the statement added", "…,” Y quoted him as saying".</summary>
    private static Attribution? After(IReadOnlyList<Token> after)
    {
        var tokens = after.SkipWhile(t => !t.IsWord).ToList();
        var (verbAt, verbLength) = FindVerb(tokens, 0, Math.Min(tokens.Count, MaxWordsToVerb + 1), last: false);
        if (verbAt < 0) return null;
        var verb = Span(tokens, verbAt, verbLength).ToLowerInvariant();
        if (verbAt == 0)
        {
            if (verb == "according to") return According(tokens, 0);
            var speaker = Names.Read(tokens.Skip(verbLength).TakeWhile(t => t.IsWord && !EndOfSpeakerAfterVerb.Contains(t.Text)).ToList());
            return speaker is null ? null : new Attribution(speaker, "verb-then-speaker", $"{verb} {speaker.Text}", tokens[0].Start);
        }
        var phrase = tokens.Take(verbAt).ToList();
        // The words between the quotation and the verb must be the verb's subject: a name, "the minister", "he".
        if (!(phrase[0].IsNamePart || Determiners.Contains(phrase[0].Text) || NewsWords.Pronouns.Contains(phrase[0].Text))) return null;
        var comma = phrase.FindIndex(t => !t.IsWord);
        if (comma >= 0) phrase = phrase.Take(comma).ToList();
        if (phrase.Count == 0 || phrase.Count > MaxSpeakerWords) return null;
        var mention = Names.Read(phrase);
        if (mention is null) return null;
        if (verb == "quoted" && tokens.Skip(verbAt + 1).Take(3).Select(t => t.Text.ToLowerInvariant()).ToArray() is [var whom, "as", "saying"])
        {
            return new Attribution(Names.Read([tokens[verbAt + 1]]), "quoted-as-saying", $"{mention.Text} quoted {whom} as saying", phrase[0].Start);
        }
        var rule = NewsWords.CarryingVerbs.Contains(verb) ? "carried-by" : "speaker-after-quote";
        return new Attribution(mention, rule, $"{Span(phrase, 0, phrase.Count)} {verb}", phrase[0].Start);
    }

    /// <summary>"X said: “…”", "X, the minister, said “…”", "according to X, “…”", "…, saying “…”", "X “requested …”".</summary>
    private static Attribution? Before(IReadOnlyList<Token> before, IReadOnlyList<Token> sentence)
    {
        var (verbAt, verbLength) = FindVerb(before, 0, before.Count, last: true);
        if (verbAt >= 0)
        {
            var verb = Span(before, verbAt, verbLength).ToLowerInvariant();
            if (verb == "according to")
            {
                if (According(before, verbAt) is { Speaker.IsName: true } source) return source;
            }
            else if (!NewsWords.CarryingVerbs.Contains(verb) && SpeakerOfVerb(before, verbAt, verb, sentence) is { } found)
            {
                return found with { Cue = $"{found.Cue} {verb}".Trim() };
            }
        }
        // A name right before the quotation, which is its predicate: “X “requested that …””.
        var tail = before.Reverse().TakeWhile(t => t.IsWord).Reverse().ToList();
        if (tail.Count is > 0 and <= 6 && tail.All(t => t.IsNamePart) && Names.ProperName(tail) is { } direct)
        {
            return new Attribution(direct, "speaker-before-quote", direct.Text, direct.Start);
        }
        return null;
    }

    private static Attribution? According(IReadOnlyList<Token> tokens, int at)
    {
        var source = Names.Read(tokens.Skip(at + 2).TakeWhile(t => t.IsWord && !EndOfSpeakerAfterVerb.Contains(t.Text)).ToList());
        return source is null ? null : new Attribution(source, "according-to", $"according to {source.Text}", tokens[at].Start);
    }

    private static Attribution? SpeakerOfVerb(IReadOnlyList<Token> tokens, int verbAt, string verb, IReadOnlyList<Token> sentence)
    {
        var j = verbAt - 1;
        while (j >= 0 && tokens[j].IsWord && (NewsWords.BetweenSpeakerAndVerb.Contains(tokens[j].Text) || NewsWords.IsWeekday(tokens[j].Text) || IsAdverb(tokens[j].Text))) j--;
        if (j >= 0 && tokens[j].IsWord && NewsWords.Pronouns.Contains(tokens[j].Text))
        {
            var pronoun = Names.Read([tokens[j]])!;
            return new Attribution(pronoun, "speaker-before-verb", tokens[j].Text, tokens[j].Start);
        }
        var participle = verb.EndsWith("ing", StringComparison.Ordinal);
        if (j < 0 || Conjunctions.Contains(tokens[j].Text) || (participle && !tokens[j].IsWord))
        {
            var subject = participle && j >= 0 ? NearestClauseSubject(tokens, j) ?? Subject(sentence) : Subject(sentence);
            return subject is null ? null : new Attribution(subject, "clause-subject", subject.Text, subject.Start);
        }
        var segments = Segments(tokens, j + 1);
        for (var s = segments.Count - 1; s >= 0 && s >= segments.Count - 4; s--)
        {
            var segment = segments[s];
            var mention = Names.Read(segment);
            if (mention is null) break;
            var isLast = s == segments.Count - 1;
            // "Commander of the IRGC Aerospace Force", "the former ambassador to Iraq": the name is the role's object, not the speaker.
            var startsAsRole = !segment[0].IsNamePart || segment[0].Is("the") || segment[0].IsPossessive || NewsWords.TitleWords.Contains(segment[0].Text);
            var isRolePhrase = mention.IsName && (mention.ActorKind == Model.ActorKind.Organization || startsAsRole)
                && segment.LastOrDefault(t => t.Start < mention.Start && Prepositions.Contains(t.Text)) is { } preposition
                && !segment.Any(t => t.Start > preposition.Start && t.Start < mention.Start && NewsWords.TitleWords.Contains(t.Text));
            if (mention.Kind is MentionKind.Name or MentionKind.Pronoun && !isRolePhrase && (isLast || segment[0].IsNamePart))
            {
                return new Attribution(mention, isLast ? "speaker-before-verb" : "apposition", Span(segment, 0, segment.Count), segment[0].Start);
            }
            if (!isLast) continue;
            // A role or description right before the verb may be an apposition to a name before it; else it is the speaker.
            var named = segments.Take(s).Reverse().Take(3).Where(g => g[0].IsNamePart).Select(Names.Read).FirstOrDefault(m => m is { IsName: true });
            if (named is not null) return new Attribution(named, "apposition", named.Text, named.Start);
            // A long run of words before the verb is a clause, not a name: its subject speaks ("the IRGC fired … and warned").
            if (segment.Count > MaxSpeakerWords && Subject(segment) is { } clauseSubject) return new Attribution(clauseSubject, "clause-subject", clauseSubject.Text, clauseSubject.Start);
            if (isRolePhrase || segment.Count > MaxSpeakerWords) return null;
            return new Attribution(mention, "speaker-before-verb", mention.Text, mention.Start);
        }
        return null;
    }

    /// <summary>"…, which Tehran publicized, claiming …": the subject of the clause just before a participle.</summary>
    private static Mention? NearestClauseSubject(IReadOnlyList<Token> tokens, int comma)
    {
        var start = comma - 1;
        while (start >= 0 && tokens[start].IsWord) start--;
        for (var i = start + 1; i < comma; i++)
        {
            if (!tokens[i].IsNamePart || !(i == start + 1 || tokens[i - 1].Text is "which" or "who" or "that" or "and")) continue;
            var end = i;
            while (end < comma && tokens[end].IsNamePart) end++;
            if (end < comma && !tokens[end].IsNamePart && Names.ProperName(tokens.Skip(i).Take(end - i).ToList()) is { } name) return name;
        }
        return null;
    }

    /// <summary>The words of a clause up to <paramref name="end"/>, cut at commas, dashes, colons, parentheses and conjunctions.</summary>
    private static List<List<Token>> Segments(IReadOnlyList<Token> tokens, int end)
    {
        var segments = new List<List<Token>> { new() };
        for (var i = 0; i < end; i++)
        {
            if (tokens[i].IsWord && !(segments[^1].Count == 0 && Conjunctions.Contains(tokens[i].Text))) segments[^1].Add(tokens[i]);
            else if (!tokens[i].IsWord && segments[^1].Count > 0) segments.Add([]);
        }
        if (segments[^1].Count == 0) segments.RemoveAt(segments.Count - 1);
        return segments;
    }

    /// <summary>
    /// A sentence's subject, past an opening phrase ("On Monday, ...", "Following the attack, ..."), and past a role to
    /// the name in apposition ("Iran's president, Hassan Rouhani, said"); null unless a name, a pronoun or a role.
    /// </summary>
    public static Mention? Subject(IReadOnlyList<Token> sentence)
    {
        var start = 0;
        for (var round = 0; round < 2 && start < sentence.Count && NewsWords.LeadingPhraseWords.Contains(sentence[start].Text); round++)
        {
            var comma = -1;
            for (var i = start; i < sentence.Count; i++)
            {
                if (sentence[i].Text == ",") { comma = i; break; }
                if (sentence[i].Text == "\"" || VerbLength(sentence, i) > 0) break;
            }
            if (comma < 0) break;
            start = comma + 1;
        }
        var words = new List<Token>();
        var i2 = start;
        for (; i2 < sentence.Count && sentence[i2].IsWord; i2++)
        {
            var word = sentence[i2];
            if (!word.IsNamePart && !(words.Count > 0 && NewsWords.NameParticles.Contains(word.Text)) && !(words.Count == 0 && word.Is("the")))
            {
                // "Iranian leaders have …": a word like a nationality before a noun describes; it does not name.
                if (words.Count == 1 && IsDemonym(words[0].Text)) return null;
                if (words.Count > 0 && IsPredicate(word.Text, startsWithArticle: words[0].Is("the") || words[0].IsPossessive)) break;
                // "The minister said", "The Iraqi people have": a role may be resolved; a common noun phrase names no one.
                if (NewsWords.RoleNouns.Contains(word.Text) && i2 + 1 < sentence.Count && IsPredicate(sentence[i2 + 1].Text, true))
                {
                    words.Add(word);
                    return Names.Read(words);
                }
                return null;
            }
            words.Add(word);
        }
        if (words.Count == 0) return null;
        var subject = Names.Read(words);
        // "Iranian President, Hassan Rouhani, said": the name in apposition to a title.
        if (subject is { Kind: MentionKind.Role } && i2 < sentence.Count && sentence[i2].Text == ",")
        {
            var apposed = sentence.Skip(i2 + 1).TakeWhile(t => t.IsWord && (t.IsNamePart || NewsWords.NameParticles.Contains(t.Text))).ToList();
            if (apposed.Count > 0 && Names.ProperName(apposed) is { } name) return name;
        }
        return subject;
    }

    private static bool IsPredicate(string word, bool startsWithArticle) =>
        NewsWords.BetweenSpeakerAndVerb.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || IsAdverb(word)
        || Conjunctions.Contains(word) || IrregularVerbs.Contains(word) || NewsWords.SpeechVerbs.Contains(word, StringComparer.OrdinalIgnoreCase)
        || (!startsWithArticle && word.EndsWith('s'));

    private static readonly string[] DemonymEndings = ["ian", "ean", "ese", "ish", "can", "ern"];

    private static bool IsDemonym(string word) => DemonymEndings.Any(end => word.EndsWith(end, StringComparison.Ordinal));

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static (int At, int Length) FindVerb(IReadOnlyList<Token> tokens, int from, int to, bool last)
    {
        var found = (-1, 0);
        for (var i = from; i < to && i < tokens.Count; i++)
        {
            var length = VerbLength(tokens, i);
            if (length == 0) continue;
            found = (i, length);
            if (!last) break;
        }
        return found;
    }

    /// <summary>How many tokens a speech verb at this place takes (0 for none); "its promised revenge" is no verb.</summary>
    private static int VerbLength(IReadOnlyList<Token> tokens, int at)
    {
        if (at > 0 && Determiners.Contains(tokens[at - 1].Text)) return 0;
        foreach (var verb in NewsWords.SpeechVerbs)
        {
            var parts = verb.Split(' ');
            if (at + parts.Length > tokens.Count) continue;
            var all = true;
            for (var p = 0; p < parts.Length && all; p++) all = tokens[at + p].Text.Equals(parts[p], StringComparison.OrdinalIgnoreCase);
            if (all) return parts.Length;
        }
        return 0;
    }

    private static string Span(IReadOnlyList<Token> tokens, int from, int count) =>
        string.Join(' ', tokens.Skip(from).Take(count).Where(t => t.IsWord).Select(t => t.Text));

    private static Attribution Shift(Attribution found, Frame frame) => found with
    {
        CueAt = found.CueAt + frame.Offset,
        Speaker = found.Speaker is null ? null : found.Speaker with { Start = found.Speaker.Start + frame.Offset },
    };
}
