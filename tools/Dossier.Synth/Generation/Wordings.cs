namespace Dossier.Synth.Generation;

/// <summary>
/// The wordings of all quotes, canonical and as some outlets print them (a word left out), chosen so that
/// no canonical wording is found inside another quote's text. Every quotation starts with a capitalised
/// word that reporting prose and the inside of quotations never use, so one wording can only contain
/// another from its first character: prefix-freeness is enough, and sorting finds every prefix next to it.
/// </summary>
internal static class Wordings
{
    public static (string Text, string? Variant)[] Make(int count, Prose prose, IReadOnlyList<string> names, Rng rng)
    {
        (string, string?) New()
        {
            var text = prose.Quotation(rng.Chance(0.2) ? rng.Pick(names) : null);
            var variant = prose.Variant(text);
            return (text, variant == text ? null : variant);
        }

        var wordings = Enumerable.Range(0, count).Select(_ => New()).ToArray();
        while (Conflicts(wordings) is { Count: > 0 } conflicts)
        {
            foreach (var i in conflicts) wordings[i] = New();
        }
        return wordings;
    }

    /// <summary>Quotes whose canonical wording is a prefix of (or equal to) another quote's wording, canonical or variant.</summary>
    private static SortedSet<int> Conflicts((string Text, string? Variant)[] wordings)
    {
        var entries = new List<(string Text, bool IsVariant, int Owner)>();
        for (var i = 0; i < wordings.Length; i++)
        {
            entries.Add((wordings[i].Text, false, i));
            if (wordings[i].Variant is { } variant) entries.Add((variant, true, i));
        }
        // A canonical wording sorts before an equal variant, so an exact copy counts as a prefix.
        entries.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text) is var c && c != 0 ? c : a.IsVariant.CompareTo(b.IsVariant));

        var conflicts = new SortedSet<int>();
        for (var k = 0; k < entries.Count; k++)
        {
            if (entries[k].IsVariant) continue;
            for (var j = k + 1; j < entries.Count && entries[j].Text.StartsWith(entries[k].Text, StringComparison.Ordinal); j++)
            {
                if (entries[j].Owner != entries[k].Owner) conflicts.Add(entries[k].Owner);
            }
        }
        return conflicts;
    }
}
