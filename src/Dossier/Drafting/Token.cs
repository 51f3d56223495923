using System.Text.RegularExpressions;

namespace Dossier.Drafting;

/// <summary>A word or a punctuation mark of a sentence, and where it starts in the text it was read from.</summary>
public sealed partial record Token(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>A word a name may be made of: capitalised, or an Arabic article joined to one ("al-Hakim", "el-Sisi").</summary>
    public bool IsNamePart => IsCapitalized || (Text.IndexOf('-') is >= 2 and <= 3 && Text.IndexOf('-') + 1 < Text.Length
        && char.IsUpper(Text[Text.IndexOf('-') + 1]) && Text[..Text.IndexOf('-')] is "al" or "el" or "ad" or "ar" or "as" or "at" or "ash" or "an" or "az");

    /// <summary>"IRGC", "U.S.": capitals only, two or more.</summary>
    public bool IsAcronym => Text.Count(char.IsUpper) >= 2 && !Text.Any(char.IsLower);

    public bool IsPossessive => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal)
        || (Text.Length > 2 && Text[^1] is '’' or '\'' && Text[^2] == 's');

    public bool Is(string word) => Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    // Words keep inner hyphens and apostrophes ("al-Muhandis", "Kata’ib") and a final dot where it is an abbreviation.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}’'\-]*[\p{L}\p{N}’])?\.?|[,;:()\[\]""—–\-_]")]
    private static partial Regex Pattern();

    public static IReadOnlyList<Token> Read(string text, int offset = 0)
    {
        var tokens = new List<Token>();
        foreach (Match match in Pattern().Matches(text))
        {
            var word = match.Value;
            if (word.Length > 1 && word[^1] == '.' && !IsAbbreviation(word))
            {
                tokens.Add(new Token(word[..^1], offset + match.Index));
                continue;
            }
            tokens.Add(new Token(word, offset + match.Index));
        }
        return tokens;
    }

    /// <summary>"Gen.", "Lt.", "H.", "U.S.": a dot that does not end a sentence.</summary>
    public static bool IsAbbreviation(string word) =>
        (word.Length == 2 && char.IsUpper(word[0]))
        || word.Count(c => c == '.') >= 2
        || NewsWords.TitleWords.Contains(word)
        || word is "No." or "St." or "Jr." or "Sr." or "Inc." or "Co." or "vs." or "Mt." or "Ft."
        || (word.Length <= 5 && NewsWords.Months.Any(m => m.StartsWith(word[..^1], StringComparison.Ordinal)) && word.Length > 3);
}
