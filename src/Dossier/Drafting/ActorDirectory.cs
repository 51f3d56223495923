using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>
/// The actors a draft can point a speaker at: the dossier's, by name and alias, and those proposed so far. A name
/// matches an actor when it is one of its forms, or the end of one ("Rouhani", "Abdul-Mahdi" for "Adel Abdul-Mahdi"),
/// or shares its first and last words; case, hyphens, dots and quotation mark shapes aside. A short name that fits
/// more than one actor matches none.
/// </summary>
public sealed class ActorDirectory
{
    private readonly List<(string Id, string Name, string[][] Forms)> _actors = [];
    private readonly HashSet<string> _taken;

    public ActorDirectory(Content known)
    {
        foreach (var actor in known.All<Actor>())
        {
            _actors.Add((actor.Id, actor.Name, actor.Aliases.Select(a => a.Value).Prepend(actor.Name).Select(Words).Where(w => w.Length > 0).ToArray()));
        }
        _taken = new HashSet<string>(known.All<Actor>().Select(a => a.Id), StringComparer.Ordinal);
    }

    public List<ActorProposal> Proposed { get; } = [];

    /// <summary>The id of the one actor the name fits, or null.</summary>
    public string? Match(string name) => Find(name)?.Id;

    /// <summary>The full name of the one actor the name fits ("Rouhani" → "Hassan Rouhani"), or null.</summary>
    public string? FullName(string name) => Find(name)?.Name;

    private (string Id, string Name)? Find(string name)
    {
        var words = Words(name);
        if (words.Length == 0) return null;
        foreach (var rule in new Func<string[], string[], bool>[] { Same, EndsWith, SameFirstAndLast })
        {
            var fits = _actors.Where(a => a.Forms.Any(f => rule(words, f))).Select(a => (a.Id, a.Name)).Distinct().ToList();
            if (fits.Count == 1) return fits[0];
            if (fits.Count > 1) return null;
        }
        return null;
    }

    /// <summary>Another spelling of an actor's name, as far as its last word tells ("Qassim Soleimani", "Adil Abdul-Mahdi").</summary>
    public bool IsVariant(string name)
    {
        var words = Words(name);
        return words.Length > 1 && _actors.Any(a => a.Forms.Any(f => f.Length > 1 && f[^1] == words[^1]));
    }

    public ActorProposal Propose(string name, ActorKind kind, Evidence evidence, string source)
    {
        var proposal = new ActorProposal(Ids.Unique(Ids.Kebab(name), _taken), name, kind, evidence, source);
        Proposed.Add(proposal);
        _actors.Add((proposal.Id, name, [Words(name)]));
        return proposal;
    }

    private static bool Same(string[] name, string[] form) => name.SequenceEqual(form);

    private static bool EndsWith(string[] name, string[] form) => form.Length > name.Length && form.AsSpan()[^name.Length..].SequenceEqual(name);

    private static bool SameFirstAndLast(string[] name, string[] form) => name.Length > 1 && form.Length > 1 && name[0] == form[0] && name[^1] == form[^1];

    private static string[] Words(string name)
    {
        var folded = name.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        var words = folded.Split([' ', '-', '‐', '–', '—', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.SkipWhile(w => w == "the").ToArray();
    }
}
