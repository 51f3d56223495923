using Dossier.Model;
using Dossier.Text;

namespace Dossier.Resolution;

/// <summary>
/// Finds where actors are named in article text through their names and aliases: whole words only,
/// the longest name first where names overlap ("Ayatollah Ali Khamenei" before "Ali Khamenei").
/// </summary>
public sealed class MentionFinder
{
    private readonly AhoCorasick<string> _automaton;

    public MentionFinder(IEnumerable<Actor> actors)
    {
        var patterns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Aliases.Select(a => a.Value).Prepend(actor.Name))
                patterns.TryAdd(NormalizedText.Normalize(name), actor.Id);
        }
        _automaton = new AhoCorasick<string>(patterns.Select(p => (p.Key, p.Value)));
    }

    public IReadOnlyList<TextSpan> Find(int paragraph, NormalizedText text)
    {
        var value = text.Value;
        var candidates = _automaton.FindAll(value)
            .Where(m => IsWordBoundary(value, m.Start - 1) && IsWordBoundary(value, m.Start + m.Length))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length);
        var mentions = new List<TextSpan>();
        var end = 0;
        foreach (var (start, length, actorId) in candidates)
        {
            if (start < end) continue;
            var (originalStart, originalEnd) = text.ToOriginal(start, length);
            mentions.Add(new TextSpan(paragraph, originalStart, originalEnd, actorId));
            end = start + length;
        }
        return mentions;
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
