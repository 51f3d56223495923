namespace Dossier.Synth.Generation;

/// <summary>
/// SplitMix64: small, fast and fully specified, so a seed gives the same dossier on every machine and
/// .NET version (System.Random makes no such promise). Each step of the generation gets its own stream,
/// so changing one step does not reshuffle the others.
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public static Rng For(int seed, string stream)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in stream) hash = (hash ^ c) * 1099511628211UL;
        return new Rng(hash ^ (ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 to 1, excluding 1.</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public int Below(int count) => (int)(Next() % (ulong)count);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    public bool Chance(double probability) => Unit() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>An index favouring the first items, as popularity does (a few actors speak most, a few outlets publish most).</summary>
    public int Skewed(int count) => Math.Min(count - 1, (int)(count * Unit() * Unit()));

    /// <summary>Up to n distinct items, in the order drawn.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int n)
    {
        var picked = new List<T>();
        if (items.Count == 0) return picked;
        var indexes = new HashSet<int>();
        n = Math.Min(n, items.Count);
        while (picked.Count < n)
        {
            var i = Below(items.Count);
            if (indexes.Add(i)) picked.Add(items[i]);
        }
        return picked;
    }
}
