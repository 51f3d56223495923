using Dossier.Model;

namespace Dossier.Resolution;

/// <summary>
/// The content with every cross-reference worked out once: what each page needs to list is a lookup here,
/// never a scan. Lists are in a stable order (by date, then id).
/// </summary>
public sealed record ResolvedDossier(Content Content)
{
    public required IReadOnlyDictionary<string, IReadOnlyList<Quote>> QuotesBySpeaker { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Quote>> QuotesAbout { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Quote>> QuotesByEvent { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Quote>> QuotesByOutlet { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Quote>> QuotesByArticle { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByOutlet { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByEvent { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesMentioning { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> Reposts { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> RepostsOfOutlet { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Event>> EventsByActor { get; init; }
    /// <summary>For an actor, the actors that list it under 'affiliations' (its members), in id order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Actor>> Members { get; init; }
    /// <summary>For an actor, the outlets whose 'affiliation' it is, in id order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Outlet>> OutletsAffiliatedTo { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Event>> FollowedBy { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Claim>> ClaimsByEvent { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Claim>> ClaimsByActor { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Claim>> ClaimsByArticle { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<(Actor Actor, int Articles)>> MentionedAlongside { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<(Actor Actor, int Mentions)>> MentionsInArticle { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> MentionSpans { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> QuoteSpans { get; init; }

    public static IReadOnlyList<T> Lookup<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> index, string id) =>
        index.TryGetValue(id, out var list) ? list : [];
}
