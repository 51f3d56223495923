using System.Globalization;
using System.Text;

namespace Dossier.Drafting;

/// <summary>New ids in the dossier's form (lower-case kebab-case), never one already taken.</summary>
public static class Ids
{
    public static string Kebab(string text, int maxWords = 8)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            plain.Append(c is < '\u0080' && char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(maxWords);
        var id = string.Join('-', words);
        return id.Length == 0 ? "item" : id;
    }

    /// <summary>The id, or the id with -2, -3, ... where it is taken; the one returned is then taken too.</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }
}
