using static Dossier.Synth.Generation.Vocabulary;

namespace Dossier.Synth.Generation;

/// <summary>
/// Sentences that read like wire copy: reporting prose (third person, naming actors) and quotations
/// (first person). Word choice is random; lengths are those of real reporting.
/// </summary>
internal sealed class Prose(Rng rng, IReadOnlyList<string> places)
{
    public string Place() => rng.Pick(places);

    /// <summary>One reporting sentence, naming the given actor (a name or alias) where it has one.</summary>
    public string Sentence(string? actor)
    {
        var who = actor ?? $"the {rng.Pick(Nouns)}";
        return Capital(rng.Below(7) switch
        {
            0 => $"{who} {rng.Pick(PastVerbs)} the {rng.Pick(Adjectives)} {rng.Pick(Nouns)} {rng.Pick(Prepositions)} {Place()} on {rng.Pick(Weekdays)}.",
            1 => $"According to {rng.Pick(Sources)}, the {rng.Pick(Nouns)} was {rng.Pick(PastVerbs)} {rng.Pick(Adverbs)} {rng.Pick(Prepositions)} {Place()}, and {who} {rng.Pick(PastVerbs)} the {rng.Pick(Adjectives)} {rng.Pick(Nouns)}.",
            2 => $"{who} {rng.Pick(PastVerbs)} {rng.Between(2, 400)} {rng.Pick(PluralNouns)} {rng.Pick(Prepositions)} {Place()}, {rng.Pick(Sources)} said.",
            3 => $"The {rng.Pick(Adjectives)} {rng.Pick(Nouns)} of {Place()} {rng.Pick(PastVerbs)} the {rng.Pick(Nouns)} {rng.Pick(Conjunctions)} {who} {rng.Pick(PastVerbs)} the {rng.Pick(Adjectives)} {rng.Pick(Nouns)}.",
            4 => $"Officials in {Place()} said that {who} had {rng.Pick(PastVerbs)} the {rng.Pick(Nouns)} {rng.Pick(Adverbs)}, {rng.Pick(Conjunctions)} {rng.Between(2, 90)} {rng.Pick(PluralNouns)} {rng.Pick(PastVerbs)} the {rng.Pick(Nouns)}.",
            5 => $"{who} {rng.Pick(Adverbs)} {rng.Pick(PastVerbs)} the {rng.Pick(Nouns)}, {rng.Pick(Conjunctions)} the {rng.Pick(Adjectives)} {rng.Pick(PluralNouns)} {rng.Pick(PastVerbs)} the {rng.Pick(Nouns)} {rng.Pick(Prepositions)} {Place()}.",
            _ => $"In {Place()}, the {rng.Pick(Adjectives)} {rng.Pick(Nouns)} {rng.Pick(PastVerbs)} {rng.Pick(Adverbs)} after {who} {rng.Pick(PastVerbs)} the {rng.Pick(Nouns)} of {rng.Between(2, 60)} {rng.Pick(PluralNouns)}.",
        });
    }

    /// <summary>
    /// A quotation: always first person with "we" inside it (so reporting prose, which never says "we",
    /// cannot contain it by chance), often with a contraction whose apostrophe articles print curly.
    /// </summary>
    public string Quotation(string? about)
    {
        var clause = Clause(about);
        if (rng.Chance(0.4)) clause += $", and we {rng.Pick(Modals)} {rng.Pick(QuoteVerbs)} {Object(null)}";
        var opener = rng.Pick(Openers);
        var tail = rng.Pick(Tails);
        var text = (opener.Length > 0 ? opener + " " : "") + clause + (tail.Length > 0 ? " " + tail : "");
        return Capital(text);
    }

    private string Clause(string? about) => $"we {rng.Pick(Modals)} {rng.Pick(QuoteVerbs)} {Object(about)}";

    private string Object(string? about) => rng.Below(5) switch
    {
        0 when about is not null => $"{about}'s {rng.Pick(Nouns)}",
        0 or 1 => $"the {rng.Pick(Adjectives)} {rng.Pick(Nouns)} of {Place()}",
        2 => $"this {rng.Pick(Nouns)}",
        3 => $"the {rng.Pick(PluralNouns)} {rng.Pick(Prepositions)} {Place()}",
        _ => $"the {rng.Pick(Nouns)} {rng.Pick(Conjunctions)} the {rng.Pick(Adjectives)} {rng.Pick(PluralNouns)} {rng.Pick(PastVerbs)} it",
    };

    /// <summary>A wording as another outlet printed it: one word left out, as happens in translation and trimming.</summary>
    public string Variant(string text)
    {
        var words = text.Split(' ');
        if (words.Length < 8) return text;
        var drop = rng.Between(1, words.Length - 2);
        if (words[drop] == "we") drop++;
        return string.Join(' ', words.Where((_, i) => i != drop));
    }

    public string Title(string actor) =>
        $"{actor} {rng.Pick(PresentVerbs)} {rng.Pick(Adjectives)} {rng.Pick(Nouns)} {rng.Pick(Prepositions)} {Place()}";

    public string Summary(string subject) =>
        $"{subject} appears in reports on the {rng.Pick(Adjectives)} {rng.Pick(Nouns)} {rng.Pick(Prepositions)} {Place()}.\n" +
        $"Sources describe the {rng.Pick(Nouns)} as {rng.Pick(Adjectives)}; several {rng.Pick(PluralNouns)} {rng.Pick(PastVerbs)} it.";

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
