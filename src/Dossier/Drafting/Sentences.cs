namespace Dossier.Drafting;

/// <summary>Where sentences begin and end in running text whose quotations are masked (see <see cref="Frame"/>).</summary>
public static class Sentences
{
    /// <summary>The sentence holding <paramref name="at"/>: [Start, End).</summary>
    public static (int Start, int End) Around(string text, int at)
    {
        var start = 0;
        foreach (var end in Ends(text))
        {
            if (at < end || end == text.Length) return (start, end);
            start = end;
        }
        return (start, text.Length);
    }

    /// <summary>Every sentence's end (exclusive), the text's end last.</summary>
    public static IEnumerable<int> Ends(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            if (text[i] == '.' && EndsAbbreviation(text, i)) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '”' or '’' or ')') j++;
            var k = j;
            while (k < text.Length && text[k] == ' ') k++;
            if (k == text.Length || (k > j && (char.IsUpper(text[k]) || text[k] is '"' or '“' or '‘' or '(' || char.IsDigit(text[k])))) yield return k == text.Length ? k : j;
        }
        yield return text.Length;
    }

    private static bool EndsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“')) start--;
        var word = text[start..(dot + 1)];
        return word.Length > 1 && Token.IsAbbreviation(word);
    }
}
