using System.Buffers;

namespace Dossier.Text;

/// <summary>
/// Finds every occurrence of many patterns in one pass over a text (Aho–Corasick), so that looking for
/// all aliases or all quotations in all articles costs the length of the texts, not texts × patterns.
/// </summary>
/// <remarks>
/// Built for tens of thousands of quotations: a state is a handful of ints in flat arrays (its children
/// a sorted slice of one shared array), not an object with a dictionary, so an automaton of millions of
/// states stays small and quick to walk. The root, where most characters of a text land, has a direct
/// table. Read-only once built, so one automaton can be searched from several threads.
/// </remarks>
public sealed class AhoCorasick<T>
{
    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly SearchValues<char> _starts;
    private readonly int[] _childStart;
    private readonly char[] _childChar;
    private readonly int[] _childState;
    private readonly int[] _fail;
    private readonly int[] _outputLink;
    private readonly int[] _firstPattern;
    private readonly List<(int Length, T Value, int Next)> _patterns = [];

    public AhoCorasick(IEnumerable<(string Pattern, T Value)> patterns)
    {
        var trie = new TrieBuilder();
        var firstPattern = new List<int> { -1 };
        foreach (var (pattern, value) in patterns)
        {
            if (pattern.Length == 0) continue;
            var state = trie.Add(pattern);
            while (firstPattern.Count < trie.Count) firstPattern.Add(-1);
            // Patterns ending in one state are chained in the order they were added.
            var last = firstPattern[state];
            _patterns.Add((pattern.Length, value, -1));
            if (last < 0) firstPattern[state] = _patterns.Count - 1;
            else
            {
                while (_patterns[last].Next >= 0) last = _patterns[last].Next;
                _patterns[last] = _patterns[last] with { Next = _patterns.Count - 1 };
            }
        }
        while (firstPattern.Count < trie.Count) firstPattern.Add(-1);
        _firstPattern = firstPattern.ToArray();
        (_childStart, _childChar, _childState) = trie.Children();
        for (var i = _childStart[0]; i < _childStart[1]; i++) _root[_childChar[i]] = _childState[i];
        _starts = SearchValues.Create(_childChar.AsSpan(_childStart[0], _childStart[1] - _childStart[0]));
        _fail = new int[trie.Count];
        _outputLink = new int[trie.Count];
        BuildFailureLinks();
    }

    /// <summary>Every match as (start, length, value), in order of where it ends.</summary>
    public IEnumerable<(int Start, int Length, T Value)> FindAll(string text)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (state == 0)
            {
                // At the root nothing is under way: skip (vectorised) to the next character that starts a pattern.
                var skip = text.AsSpan(i).IndexOfAny(_starts);
                if (skip < 0) yield break;
                i += skip;
            }
            state = Step(state, text[i]);
            // A state's own patterns first, then those of ever shorter suffixes that are patterns too.
            for (var s = _firstPattern[state] >= 0 ? state : _outputLink[state]; s > 0; s = _outputLink[s])
            {
                for (var p = _firstPattern[s]; p >= 0; p = _patterns[p].Next)
                    yield return (i - _patterns[p].Length + 1, _patterns[p].Length, _patterns[p].Value);
            }
        }
    }

    private int Step(int state, char c)
    {
        while (state != 0)
        {
            var next = Child(state, c);
            if (next > 0) return next;
            state = _fail[state];
        }
        return _root[c];
    }

    /// <summary>The child of a state by a character, or 0 when there is none (the root is never a child).</summary>
    private int Child(int state, char c)
    {
        var low = _childStart[state];
        var high = _childStart[state + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = _childChar[middle];
            if (found == c) return _childState[middle];
            if (found < c) low = middle + 1;
            else high = middle - 1;
        }
        return 0;
    }

    /// <summary>Breadth first, so the failure links of shorter strings, which Step follows, are always there already.</summary>
    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        for (var i = _childStart[0]; i < _childStart[1]; i++) queue.Enqueue(_childState[i]);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            for (var i = _childStart[state]; i < _childStart[state + 1]; i++)
            {
                var (c, child) = (_childChar[i], _childState[i]);
                queue.Enqueue(child);
                // The longest proper suffix of the child's string that is in the trie (the root's own children keep 0, the root).
                _fail[child] = Step(_fail[state], c);
                _outputLink[child] = _firstPattern[_fail[child]] >= 0 ? _fail[child] : _outputLink[_fail[child]];
            }
        }
    }

    /// <summary>The trie as first-child / next-sibling lists while patterns are added, then flattened.</summary>
    private sealed class TrieBuilder
    {
        private readonly List<int> _firstChild = [-1];
        private readonly List<int> _nextSibling = [-1];
        private readonly List<char> _label = ['\0'];

        public int Count => _firstChild.Count;

        /// <summary>Adds the pattern's path; returns the state where it ends.</summary>
        public int Add(string pattern)
        {
            var state = 0;
            foreach (var c in pattern)
            {
                var child = _firstChild[state];
                while (child >= 0 && _label[child] != c) child = _nextSibling[child];
                if (child < 0)
                {
                    child = _firstChild.Count;
                    _firstChild.Add(-1);
                    _nextSibling.Add(_firstChild[state]);
                    _label.Add(c);
                    _firstChild[state] = child;
                }
                state = child;
            }
            return state;
        }

        /// <summary>Each state's children as one slice of shared arrays, sorted by character.</summary>
        public (int[] Start, char[] Chars, int[] States) Children()
        {
            var start = new int[Count + 1];
            var chars = new char[Count - 1];
            var states = new int[Count - 1];
            var at = 0;
            for (var state = 0; state < Count; state++)
            {
                start[state] = at;
                for (var child = _firstChild[state]; child >= 0; child = _nextSibling[child])
                {
                    chars[at] = _label[child];
                    states[at] = child;
                    at++;
                }
                Array.Sort(chars, states, start[state], at - start[state]);
            }
            start[Count] = at;
            return (start, chars, states);
        }
    }
}
