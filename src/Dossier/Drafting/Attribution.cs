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
    private const int MaxWordsBeforeVerb = 10;
    private static readonly HashSet<string> Conjunctions = new(["and", "but", "or", "while"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EndOfSpeakerAfterVerb = new(
        ["in", "on", "at", "during", "after", "before", "as", "when", "while", "who", "which", "that", "adding", "saying", "and", "to", "from", "with", "for", "of"],
        StringComparer.OrdinalIgnoreCase);

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

    /// <summary>"…,” X said", "…,” said X", "…,” the statement added", "…,” Y quoted him as saying".</summary>
    private static Attribution? After(IReadOnlyList<Token> after)
    {
        var tokens = after.SkipWhile(t => !t.IsWord).ToList();
        var (verbAt, verbLength) = FindVerb(tokens, 0, Math.Min(tokens.Count, MaxWordsBeforeVerb + 1), last: false);
        if (verbAt < 0) return null;
        var verb = Span(tokens, verbAt, verbLength);
        if (verbAt == 0)
        {
            var speaker = Names.Read(tokens.Skip(verbLength).TakeWhile(t => t.IsWord && !EndOfSpeakerAfterVerb.Contains(t.Text)).ToList());
            return speaker is null ? null : new Attribution(speaker, verb == "according to" ? "according-to" : "verb-then-speaker", $"{verb} {speaker.Text}", tokens[0].Start);
        }
        var phrase = tokens.Take(verbAt).ToList();
        if (Conjunctions.Contains(phrase[0].Text)) return null;
        var comma = phrase.FindIndex(t => t.Text is "," or "—" or "–");
        if (comma >= 0) phrase = phrase.Take(comma).ToList();
        var mention = Names.Read(phrase);
        if (mention is null) return null;
        if (verb == "quoted" && tokens.Skip(verbAt + 1).Take(3).Select(t => t.Text.ToLowerInvariant()).ToArray() is [var whom, "as", "saying"])
        {
            var quoted = Names.Read([tokens[verbAt + 1]]);
            return new Attribution(quoted, "quoted-as-saying", $"{mention.Text} quoted {whom} as saying", phrase[0].Start);
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
            var verb = Span(before, verbAt, verbLength);
            if (verb == "according to")
            {
                var source = Names.Read(before.Skip(verbAt + 2).TakeWhile(t => t.IsWord).ToList());
                if (source is { IsName: true }) return new Attribution(source, "according-to", $"according to {source.Text}", before[verbAt].Start);
            }
            else if (!NewsWords.CarryingVerbs.Contains(verb) && SpeakerOfVerb(before, verbAt, verb, sentence) is { } found)
            {
                return found with { Cue = $"{found.Cue} {verb}".Trim() };
            }
        }
        // A name right before the quotation, which is its predicate: “X “requested that …””.
        var tail = before.Reverse().TakeWhile(t => t.IsWord).Reverse().ToList();
        if (tail.Count is > 0 and <= 6 && tail.All(t => t.IsCapitalized || t.Text.StartsWith("al-", StringComparison.Ordinal)) && Names.ProperName(tail) is { } direct)
        {
            return new Attribution(direct, "speaker-before-quote", direct.Text, direct.Start);
        }
        return null;
    }

    private static Attribution? SpeakerOfVerb(IReadOnlyList<Token> tokens, int verbAt, string verb, IReadOnlyList<Token> sentence)
    {
        var j = verbAt - 1;
        while (j >= 0 && tokens[j].IsWord && (NewsWords.BetweenSpeakerAndVerb.Contains(tokens[j].Text) || NewsWords.IsWeekday(tokens[j].Text))) j--;
        var participle = verb.EndsWith("ing", StringComparison.Ordinal);
        if (j < 0 || Conjunctions.Contains(tokens[j].Text) || (participle && tokens[j].Text == ","))
        {
            var subject = Subject(sentence);
            return subject is null ? null : new Attribution(subject, "clause-subject", subject.Text, subject.Start);
        }
        var segments = Segments(tokens, j + 1);
        for (var s = segments.Count - 1; s >= 0 && s >= segments.Count - 4; s--)
        {
            var mention = Names.Read(segments[s]);
            if (mention is null) break;
            var isLast = s == segments.Count - 1;
            if (mention.Kind is MentionKind.Name or MentionKind.Pronoun && (isLast || segments[s][0].IsCapitalized))
            {
                return new Attribution(mention, isLast ? "speaker-before-verb" : "apposition", Span(segments[s], 0, segments[s].Count), segments[s][0].Start);
            }
            if (!isLast) continue;
            // A role or description right before the verb may be an apposition to a name before it; else it is the speaker.
            var named = segments.Take(s).Reverse().Take(3).Select(Names.Read).FirstOrDefault(m => m is { IsName: true });
            if (named is not null && segments[s].Count > 0 && segments[s][0].Start > named.Start) return new Attribution(named, "apposition", named.Text, named.Start);
            return new Attribution(mention, "speaker-before-verb", mention.Text, mention.Start);
        }
        return null;
    }

    /// <summary>The words of a clause up to <paramref name="end"/>, cut at commas, dashes, colons and parentheses.</summary>
    private static List<List<Token>> Segments(IReadOnlyList<Token> tokens, int end)
    {
        var segments = new List<List<Token>> { new() };
        for (var i = 0; i < end; i++)
        {
            if (tokens[i].IsWord) segments[^1].Add(tokens[i]);
            else if (segments[^1].Count > 0) segments.Add([]);
        }
        if (segments[^1].Count == 0) segments.RemoveAt(segments.Count - 1);
        return segments;
    }

    /// <summary>A sentence's subject, past an opening phrase ("On Monday, ...", "Following the attack, ..."); null unless a name, pronoun or role.</summary>
    public static Mention? Subject(IReadOnlyList<Token> sentence)
    {
        var start = 0;
        for (var round = 0; round < 2 && start < sentence.Count && NewsWords.LeadingPhraseWords.Contains(sentence[start].Text); round++)
        {
            var comma = -1;
            for (var i = start; i < sentence.Count; i++)
            {
                if (sentence[i].Text == ",") { comma = i; break; }
                if (sentence[i].Text == "\"" || IsVerbAt(sentence, i)) break;
            }
            if (comma < 0) break;
            start = comma + 1;
        }
        var words = new List<Token>();
        for (var i = start; i < sentence.Count && sentence[i].IsWord; i++)
        {
            var word = sentence[i];
            if (!word.IsCapitalized && !NewsWords.NameParticles.Contains(word.Text) && !word.Text.StartsWith("al-", StringComparison.Ordinal) && !(words.Count == 0 && word.Is("the")))
            {
                // "The Iraqi people have …" is about people, not someone named Iraqi.
                if (!LooksLikePredicate(word.Text)) return null;
                break;
            }
            words.Add(word);
        }
        return words.Count == 0 ? null : Names.Read(words);
    }

    private static bool LooksLikePredicate(string word) =>
        NewsWords.BetweenSpeakerAndVerb.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)
        || Conjunctions.Contains(word) || word.EndsWith('s') || NewsWords.SpeechVerbs.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static bool IsVerbAt(IReadOnlyList<Token> tokens, int at) => VerbLength(tokens, at) > 0;

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

    private static int VerbLength(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var verb in NewsWords.SpeechVerbs)
        {
            var parts = verb.Split(' ');
            if (at + parts.Length > tokens.Count) continue;
            var all = true;
            for (var p = 0; p < parts.Length && all; p++) all = tokens[at + p].Text == parts[p];
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
