using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>
/// Finds the quotations of one piece and their speakers. A pronoun or a role ("he", "the minister", "the statement")
/// stands for the nearest fitting one named before it: a speaker already quoted, or the subject of a recent sentence;
/// a role whose noun an earlier description used ("an unnamed official" … "the official") is that description. A
/// paragraph that is only a quotation goes on with the last speaker, or with whoever the paragraph before introduces
/// with a colon ("X writes:").
/// </summary>
public static class SpeakerFinder
{
    /// <summary>How far back (in paragraphs) a pronoun or role may look for whom it stands for.</summary>
    private const int Reach = 3;

    private sealed record Named(int Paragraph, int At, string Name, ActorKind Kind, bool Spoke, bool IsName = true);

    public static IReadOnlyList<FoundQuote> Find(IReadOnlyList<ReadingParagraph> paragraphs, PartialDate? published, bool singleMarksAreQuotations)
    {
        var named = SentenceSubjects(paragraphs);
        var found = new List<FoundQuote>();
        foreach (var quotation in Quotation.All(paragraphs))
        {
            var paragraph = paragraphs[quotation.Paragraph];
            var frame = Frame.Around(paragraph.Text, paragraph.Marks, quotation.Mark);
            var attribution = Attributions.Find(frame, quotation.Mark.OpenMark - frame.Offset, quotation.Mark.Outer(paragraph.Text.Length) - frame.Offset);
            if (quotation.LastParagraph != quotation.Paragraph && attribution.Speaker is null)
            {
                var last = paragraphs[quotation.LastParagraph];
                var lastFrame = Frame.Around(last.Text, last.Marks, quotation.LastMark);
                var closing = Attributions.Find(lastFrame, quotation.LastMark.OpenMark - lastFrame.Offset, quotation.LastMark.Outer(last.Text.Length) - lastFrame.Offset);
                if (closing.Speaker is not null && closing.Rule != "sentence-subject") attribution = closing;
            }
            if (attribution.Rule == "continues-previous-speaker" && quotation.Mark.Depth == 0 && Introduced(paragraphs, quotation.Paragraph) is { } introducer)
            {
                attribution = introducer;
            }

            var at = (quotation.Paragraph, quotation.Mark.OpenMark);
            if (attribution.Rule is "unattributed" or "sentence-subject" && Latest(named, at, n => n.Spoke, reach: 0) is { } inParagraph)
            {
                // No attribution in its sentence: a quotation goes on with whoever the paragraph has speaking already.
                attribution = new Attribution(new Mention(inParagraph.IsName ? MentionKind.Name : MentionKind.Description, inParagraph.Name, "", inParagraph.Kind, inParagraph.At),
                    "speaker-of-paragraph", inParagraph.Name, inParagraph.At);
            }
            var (speaker, kind, isName, resolvedBy) = Resolve(attribution, named, paragraphs, at);
            var rule = attribution.Rule + resolvedBy;
            var confidence = Confidence(attribution, speaker, resolvedBy, quotation, paragraph, singleMarksAreQuotations);
            if (speaker is not null) named.Add(new Named(at.Paragraph, at.OpenMark, speaker, kind, Spoke: true, isName));

            var (line, column) = quotation.Position(paragraphs);
            var said = PrintedDates.DayMentioned(NearCue(paragraph.Text, attribution), published)?.Date;
            found.Add(new FoundQuote(quotation.Text, line, column, speaker, isName, kind, rule, attribution.Cue, confidence, said));
        }
        return found;
    }

    private static (string? Speaker, ActorKind Kind, bool IsName, string ResolvedBy) Resolve(
        Attribution attribution, List<Named> named, IReadOnlyList<ReadingParagraph> paragraphs, (int Paragraph, int At) at)
    {
        var mention = attribution.Speaker;
        if (attribution.Rule == "continues-previous-speaker")
        {
            var previous = Latest(named, at, n => n.Spoke, reach: 2) ?? Latest(named, at, n => n.Kind == ActorKind.Person, reach: 1);
            return previous is null ? (null, ActorKind.Person, false, "") : (previous.Name, previous.Kind, previous.IsName, "");
        }
        if (mention is null) return (null, ActorKind.Person, false, "");
        switch (mention.Kind)
        {
            case MentionKind.Name:
                return (mention.Text, mention.ActorKind, true, "");
            case MentionKind.Description:
                return (mention.Text, mention.ActorKind, false, "");
            case MentionKind.Pronoun:
            {
                var person = NewsWords.PersonPronouns.Contains(mention.Text);
                var who = Latest(named, at, n => !person || n.Kind == ActorKind.Person, Reach);
                return who is null ? (null, ActorKind.Person, false, "") : (who.Name, who.Kind, who.IsName, "+pronoun");
            }
            default:
            {
                if (Described(paragraphs, at, mention.Head) is { } description) return (description, ActorKind.Person, false, "+role");
                if (Titled(paragraphs, at, mention.Head) is { } titled) return (titled.Text, titled.ActorKind, true, "+role");
                var document = NewsWords.DocumentNouns.Contains(mention.Head) || NewsWords.OrganizationNouns.Contains(mention.Head);
                var who = Latest(named, at, n => document || n.Kind == ActorKind.Person, Reach);
                return who is null ? (null, ActorKind.Person, false, "") : (who.Name, who.Kind, who.IsName, "+role");
            }
        }
    }

    private static Named? Latest(List<Named> named, (int Paragraph, int At) at, Func<Named, bool> fits, int reach) =>
        named.Where(n => (n.Paragraph < at.Paragraph || (n.Paragraph == at.Paragraph && n.At < at.At)) && at.Paragraph - n.Paragraph <= reach && fits(n))
            .OrderBy(n => n.Paragraph).ThenBy(n => n.At).LastOrDefault();

    /// <summary>"an unnamed defense official" before "the official said": the description, without its article.</summary>
    private static string? Described(IReadOnlyList<ReadingParagraph> paragraphs, (int Paragraph, int At) at, string head)
    {
        if (NewsWords.DocumentNouns.Contains(head)) return null;
        var pattern = new Regex($@"\b(?i:an?|one)\s+((?:[\p{{Ll}}’'-]+\s+|[\p{{Lu}}][\p{{L}}’'-]*\s+){{1,4}}{Regex.Escape(head)})\b");
        for (var p = at.Paragraph; p >= 0 && at.Paragraph - p <= Reach; p--)
        {
            var text = p == at.Paragraph ? paragraphs[p].Text[..at.At] : paragraphs[p].Text;
            var matches = pattern.Matches(text);
            if (matches.Count > 0) return matches[^1].Groups[1].Value;
        }
        return null;
    }

    /// <summary>
    /// "President Jane Doe" before "the president said": of the people the text gave the role's title, the one it
    /// spoke of last (by the last word of their name, possessives included: "Doe's warning").
    /// </summary>
    private static Mention? Titled(IReadOnlyList<ReadingParagraph> paragraphs, (int Paragraph, int At) at, string head)
    {
        if (!NewsWords.TitleWords.Contains(head)) return null;
        const string namePart = @"(?:\p{Lu}|al-|el-)[\p{L}’'.-]*";
        var pattern = new Regex($@"\b(?i:{Regex.Escape(head)})\s+((?:{namePart}\s+){{0,3}}{namePart})");
        var before = string.Join("\n", paragraphs.Take(at.Paragraph).Select(p => p.Text).Append(paragraphs[at.Paragraph].Text[..at.At]));
        var titled = pattern.Matches(before).Where(m => char.IsUpper(m.Value[0]))
            .Select(m => Names.ProperName(Token.Read(m.Groups[1].Value.Replace("’s", "").Replace("'s", ""))))
            .OfType<Mention>().Where(n => n.ActorKind == ActorKind.Person).ToList();
        return titled.MaxBy(n => LastMentioned(before, n.Text.Split(' ')[^1]));
    }

    private static int LastMentioned(string text, string word) =>
        Regex.Matches(text, $@"\b{Regex.Escape(word)}\b").LastOrDefault()?.Index ?? -1;

    /// <summary>"… Ben Caspit writes:" at the end of the paragraph before: who introduces the quotation.</summary>
    private static Attribution? Introduced(IReadOnlyList<ReadingParagraph> paragraphs, int paragraph)
    {
        if (paragraph == 0) return null;
        var before = paragraphs[paragraph - 1];
        if (!before.Text.TrimEnd().EndsWith(':')) return null;
        var frame = Frame.Of(before.Text, before.Marks);
        var end = frame.Text.TrimEnd().Length;
        var found = Attributions.Find(frame, end, end);
        return found.Speaker is null || found.Rule is "sentence-subject" or "unattributed" ? null : found with { Rule = "introduced-before", CueAt = -1 };
    }

    /// <summary>
    /// The subject of every sentence that has a name for one, and whoever a sentence has speaking ("X said that …"):
    /// who a later "he", "the minister" or a bare quotation may stand for.
    /// </summary>
    private static List<Named> SentenceSubjects(IReadOnlyList<ReadingParagraph> paragraphs)
    {
        var named = new List<Named>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var frame = Frame.Of(paragraphs[p].Text, paragraphs[p].Marks);
            var start = 0;
            foreach (var end in Sentences.Ends(frame.Text))
            {
                var tokens = Token.Read(frame.Text[start..end], start);
                if (Attributions.Subject(tokens) is { IsName: true } subject) named.Add(new Named(p, subject.Start, subject.Text, subject.ActorKind, Spoke: false));
                foreach (var speaker in Attributions.Speakers(tokens)) named.Add(new Named(p, speaker.Start, speaker.Text, speaker.ActorKind, Spoke: true));
                start = end;
            }
        }
        return named;
    }

    private static double Confidence(Attribution attribution, string? speaker, string resolvedBy, Quotation quotation, ReadingParagraph paragraph, bool singleMarksAreQuotations)
    {
        var confidence = attribution.Rule switch
        {
            "speaker-after-quote" or "verb-then-speaker" or "quoted-as-saying" => 0.9,
            "speaker-before-verb" or "apposition" or "introduced-before" => 0.85,
            "according-to" or "clause-subject" => 0.8,
            "speaker-before-quote" or "carried-by" => 0.7,
            "continues-previous-speaker" => 0.65,
            "speaker-of-paragraph" => 0.6,
            "sentence-subject" => 0.4,
            _ => 0.3,
        };
        if (speaker is null) confidence = Math.Min(confidence, 0.3);
        if (resolvedBy.Length > 0) confidence -= 0.1;

        var words = quotation.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // One or two words are a scare quote or a borrowed term far more often than a statement; three are a fragment.
        if (words.Length <= 2) confidence = Math.Min(confidence, 0.3);
        else if (words.Length == 3) confidence = Math.Min(confidence, 0.45);
        if (IsTitleCase(words) || IsNamed(paragraph.Text, quotation.Mark.OpenMark)) confidence = Math.Min(confidence, 0.2);
        if (paragraph.Text[quotation.Mark.OpenMark] == '‘' && !singleMarksAreQuotations) confidence = Math.Min(confidence, 0.45);
        return Math.Round(confidence, 2);
    }

    private static readonly HashSet<string> SmallWords = new(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as"], StringComparer.Ordinal);

    /// <summary>“America First”, “The Art of the Deal”: a name or title, each word capitalised.</summary>
    private static bool IsTitleCase(string[] words)
    {
        var significant = words.Select(w => w.Trim(',', '.', ':', ';', '“', '”', '"')).Where(w => w.Length > 0 && !SmallWords.Contains(w)).ToArray();
        return significant.Length > 0 && significant.All(w => char.IsUpper(w[0])) && words.Length <= 8;
    }

    /// <summary>"the so-called “…”", "a statement titled “…”", "the phrase ‘…’": what follows is a name, not a saying.</summary>
    private static bool IsNamed(string paragraph, int openMark)
    {
        var before = paragraph[Math.Max(0, openMark - 30)..openMark].TrimEnd().ToLowerInvariant();
        return NewsWords.NamingCues.Any(cue => before.EndsWith(cue, StringComparison.Ordinal) || before.EndsWith(cue + " the", StringComparison.Ordinal) || before.EndsWith(cue + " a", StringComparison.Ordinal));
    }

    /// <summary>The words around an attribution's cue, within its sentence: "said Wednesday", "on Tuesday X told"; a day further off is another event's.</summary>
    private static string NearCue(string paragraph, Attribution attribution)
    {
        if (attribution.CueAt < 0 || attribution.CueAt >= paragraph.Length || attribution.Cue.Length == 0) return "";
        var (start, end) = Sentences.Around(paragraph, attribution.CueAt);
        var from = Math.Max(start, attribution.CueAt - 30);
        var to = Math.Min(end, attribution.CueAt + attribution.Cue.Length + 40);
        return paragraph[from..to];
    }
}
