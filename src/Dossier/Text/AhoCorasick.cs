namespace Dossier.Text;

/// <summary>
/// Finds every occurrence of many patterns in one pass over a text (Aho–Corasick), so that looking for
/// all aliases or all quotations in all articles costs the length of the texts, not texts × patterns.
/// </summary>
public sealed class AhoCorasick<T>
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<(int Length, T Value)>> _output = [[]];

    public AhoCorasick(IEnumerable<(string Pattern, T Value)> patterns)
    {
        foreach (var (pattern, value) in patterns)
        {
            if (pattern.Length == 0) continue;
            var state = 0;
            foreach (var c in pattern)
            {
                if (!_next[state].TryGetValue(c, out var next))
                {
                    next = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _output.Add([]);
                    _next[state][c] = next;
                }
                state = next;
            }
            _output[state].Add((pattern.Length, value));
        }
        BuildFailureLinks();
    }

    /// <summary>Every match as (start, length, value), in order of where it ends.</summary>
    public IEnumerable<(int Start, int Length, T Value)> FindAll(string text)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (state != 0 && !_next[state].ContainsKey(c)) state = _fail[state];
            state = _next[state].TryGetValue(c, out var next) ? next : 0;
            foreach (var (length, value) in _output[state]) yield return (i - length + 1, length, value);
        }
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _next[state])
            {
                queue.Enqueue(child);
                var fallback = _fail[state];
                while (fallback != 0 && !_next[fallback].ContainsKey(c)) fallback = _fail[fallback];
                _fail[child] = _next[fallback].TryGetValue(c, out var target) && target != child ? target : 0;
                _output[child].AddRange(_output[_fail[child]]);
            }
        }
    }
}
