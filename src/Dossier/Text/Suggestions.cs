namespace Dossier.Text;

/// <summary>"Did you mean" suggestions: the nearest candidates by edit distance.</summary>
public static class Suggestions
{
    public static string? Nearest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = EditDistance.Between(wrong, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A suggestion further away than half the word is noise rather than help.
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 2) ? best : null;
    }

    public static string? DidYouMean(string wrong, IEnumerable<string> candidates) =>
        Nearest(wrong, candidates) is { } near ? $"Did you mean '{near}'?" : null;
}
