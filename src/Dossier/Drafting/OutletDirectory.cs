using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>
/// The outlets a piece's publisher can be: the dossier's, by name, alias or homepage, and those proposed so far. A
/// printed name matches when its words are those of a name or alias, or begin them ("aletho" for "Aletho News").
/// </summary>
public sealed class OutletDirectory
{
    private readonly List<(string Id, string[][] Forms, string? Host)> _outlets = [];
    private readonly HashSet<string> _taken;

    public OutletDirectory(Content known)
    {
        foreach (var outlet in known.All<Outlet>())
        {
            _outlets.Add((outlet.Id, outlet.Aliases.Select(a => a.Value).Prepend(outlet.Name).Select(Words).ToArray(), Host(outlet.Homepage)));
        }
        _taken = new HashSet<string>(known.All<Outlet>().Select(o => o.Id), StringComparer.Ordinal);
    }

    public List<OutletProposal> Proposed { get; } = [];

    public string Resolve(OutletMention mention)
    {
        var words = Words(mention.Name);
        var host = Host(mention.Homepage);
        var known = _outlets.FirstOrDefault(o => (host is not null && o.Host == host) || o.Forms.Any(f => f.SequenceEqual(words)))
            is { Id: not null } exact ? exact
            : _outlets.FirstOrDefault(o => o.Forms.Any(f => f.Length > words.Length && f.AsSpan(0, words.Length).SequenceEqual(words)));
        if (known.Id is not null) return known.Id;
        var proposal = new OutletProposal(Ids.Unique(Ids.Kebab(mention.Name), _taken), mention.Name,
            mention.Homepage is null ? null : "https://" + mention.Homepage, mention.Evidence);
        Proposed.Add(proposal);
        _outlets.Add((proposal.Id, [words], host));
        return proposal.Id;
    }

    private static string[] Words(string name) =>
        Ids.Kebab(name, maxWords: 20).Split('-').Where(w => w.Length > 0).ToArray();

    private static string? Host(string? address)
    {
        if (address is null) return null;
        var host = address.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Host : address;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..].ToLowerInvariant() : host.ToLowerInvariant();
    }
}
