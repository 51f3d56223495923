namespace Dossier.Synth.Generation;

/// <summary>
/// Makes pronounceable invented names and keeps every name, alias and place it has handed out distinct,
/// so no alias can belong to two actors and no place name doubles as an actor's name.
/// </summary>
internal sealed class NameBook(Rng rng)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Word(int minSyllables, int maxSyllables)
    {
        var count = rng.Between(minSyllables, maxSyllables);
        var word = string.Concat(Enumerable.Range(0, count).Select(_ => rng.Pick(Vocabulary.Syllables)));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>A fresh name from the maker; tries again while the name is taken.</summary>
    public string Unique(Func<string> make)
    {
        while (true)
        {
            var name = make();
            if (_used.Add(name)) return name;
        }
    }

    public bool TryClaim(string name) => _used.Add(name);
}
