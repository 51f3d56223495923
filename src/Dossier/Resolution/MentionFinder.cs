using Dossier.Model;
using Dossier.Text;

namespace Dossier.Resolution;

/// <summary>
/// Finds where entities are named in article text through their names and aliases: whole words only,
/// the longest name first where names overlap ("Ayatollah Ali Khamenei" before "Ali Khamenei").
/// </summary>
public sealed class MentionFinder
{
    private readonly Lazy<AhoCorasick<Entity>> _automaton;
    private readonly (string Name, Read Entity)[] _names;

    public MentionFinder(IEnumerable<Entity> entities)
    {
        var patterns = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity is not IMentionable named) continue;
            foreach (var name in named.Aliases.Select(a => a.Value).Prepend(named.Name))
                patterns.TryAdd(NormalizedText.Normalize(name), entity);
        }
        _names = patterns.Select(p => (p.Key, Read.Of(p.Value))).ToArray();
        _automaton = new(() => new AhoCorasick<Entity>(patterns.Select(p => (p.Key, p.Value))));
    }

    /// <summary>True when both find the same names for the same entities: texts searched by one need no search by the other.</summary>
    public bool FindsAsWell(MentionFinder other) => _names.AsSpan().SequenceEqual(other._names);

    public IReadOnlyList<TextSpan> Find(int paragraph, NormalizedText text)
    {
        var mentions = new List<TextSpan>();
        FindInto(paragraph, text, mentions, []);
        return mentions;
    }

    /// <summary>Adds the paragraph's mentions to a list; scratch is reused between calls to spare allocations.</summary>
    public void FindInto(int paragraph, NormalizedText text, List<TextSpan> mentions, List<(int Start, int Length, Entity Entity)> scratch)
    {
        var value = text.Value;
        scratch.Clear();
        foreach (var match in _automaton.Value.FindAll(value))
        {
            if (IsWordBoundary(value, match.Start - 1) && IsWordBoundary(value, match.Start + match.Length)) scratch.Add(match);
        }
        // Leftmost first and, where two start together, the longer: patterns are distinct, so this order is total.
        scratch.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var end = 0;
        foreach (var (start, length, entity) in scratch)
        {
            if (start < end) continue;
            var (originalStart, originalEnd) = text.ToOriginal(start, length);
            mentions.Add(new TextSpan(paragraph, originalStart, originalEnd, entity));
            end = start + length;
        }
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
