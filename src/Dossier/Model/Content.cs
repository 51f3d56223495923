namespace Dossier.Model;

/// <summary>Everything loaded from content/ and seeds/, before cross-references are resolved. Lists are sorted by id.</summary>
public sealed record Content(
    SiteInfo Site,
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Claim> Claims,
    IReadOnlyDictionary<string, ArticleText> Texts)
{
    public IReadOnlyDictionary<string, Outlet> OutletsById { get; } = ById(Outlets, o => o.Id);
    public IReadOnlyDictionary<string, Actor> ActorsById { get; } = ById(Actors, a => a.Id);
    public IReadOnlyDictionary<string, Event> EventsById { get; } = ById(Events, e => e.Id);
    public IReadOnlyDictionary<string, Article> ArticlesById { get; } = ById(Articles, a => a.Id);
    public IReadOnlyDictionary<string, Quote> QuotesById { get; } = ById(Quotes, q => q.Id);
    public IReadOnlyDictionary<string, Claim> ClaimsById { get; } = ById(Claims, c => c.Id);

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(id(item), item);
        return map;
    }
}
