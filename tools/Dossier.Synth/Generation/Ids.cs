using System.Text;

namespace Dossier.Synth.Generation;

/// <summary>Kebab-case ids made from titles and names, each handed out once.</summary>
internal sealed class Ids
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public static string Slug(string text, int maxWords = 6)
    {
        var builder = new StringBuilder();
        var words = 0;
        var pendingDash = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    if (++words >= maxWords) break;
                    builder.Append('-');
                }
                pendingDash = false;
                builder.Append(c);
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingDash = true;
            }
        }
        return builder.Length > 0 ? builder.ToString() : "item";
    }

    public string Unique(string slug)
    {
        if (_used.Add(slug)) return slug;
        for (var n = 2; ; n++)
        {
            if (_used.Add($"{slug}-{n}")) return $"{slug}-{n}";
        }
    }
}
