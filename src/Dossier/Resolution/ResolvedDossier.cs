using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Resolution;

/// <summary>
/// The content with every cross-reference worked out once: what each page lists is read here, never searched
/// for. References are already objects (<see cref="Ref{T}.Target"/>); this adds the other direction (who refers to
/// an entity) and what only the texts say (who is named where, where each quotation stands). Lists are in the
/// order of their kind (by date where it has one, then by id).
/// </summary>
public sealed class ResolvedDossier
{
    private static readonly IReadOnlyList<TextSpan> NoSpans = [];

    private readonly IReadOnlyDictionary<(Entity Target, Key Key), List<Entity>> _referring;
    private readonly IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> _quoteSpans;
    private readonly IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> _mentionSpans;
    private readonly IReadOnlyDictionary<Article, IReadOnlyList<(Entity Entity, int Mentions)>> _mentionsIn;
    private readonly IReadOnlyDictionary<Entity, List<Article>> _mentioning;
    private readonly IReadOnlyDictionary<Entity, IReadOnlyList<(Entity Entity, int Articles)>> _alongside;
    private readonly IReadOnlyDictionary<Outlet, List<Quote>> _quotesByOutlet;

    internal ResolvedDossier(
        Content content,
        IReadOnlyDictionary<(Entity Target, Key Key), List<Entity>> referring,
        IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> quoteSpans,
        IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> mentionSpans,
        IReadOnlyDictionary<Article, IReadOnlyList<(Entity Entity, int Mentions)>> mentionsIn,
        IReadOnlyDictionary<Entity, List<Article>> mentioning,
        IReadOnlyDictionary<Entity, IReadOnlyList<(Entity Entity, int Articles)>> alongside,
        IReadOnlyDictionary<Outlet, List<Quote>> quotesByOutlet)
    {
        Content = content;
        _referring = referring;
        _quoteSpans = quoteSpans;
        _mentionSpans = mentionSpans;
        _mentionsIn = mentionsIn;
        _mentioning = mentioning;
        _alongside = alongside;
        _quotesByOutlet = quotesByOutlet;
    }

    public Content Content { get; }

    public SiteInfo Site => Content.Site;

    public IReadOnlyList<T> All<T>() where T : Entity => Content.All<T>();

    /// <summary>The entities of type <typeparamref name="T"/> that name <paramref name="target"/> under <paramref name="key"/>: an actor's quotes (Quote.Keys.Speaker), what followed an event (Event.Keys.Follows).</summary>
    public IReadOnlyList<T> Referring<T>(Entity target, Key key) where T : Entity =>
        _referring.TryGetValue((target, key), out var list) ? list.Cast<T>().ToArray() : [];

    /// <summary>Every entity that refers to <paramref name="target"/> under any key, with the key: what dossier.json lists as its references.</summary>
    public IEnumerable<(Key Key, IReadOnlyList<Entity> Sources)> ReferencesTo(Entity target, EntityKind sourceKind) =>
        AllKeys(sourceKind).Where(k => _referring.ContainsKey((target, k))).Select(k => (k, (IReadOnlyList<Entity>)_referring[(target, k)]));

    /// <summary>Where each curated quotation stands in the article's text, in reading order.</summary>
    public IReadOnlyList<TextSpan> QuoteSpans(Article article) => _quoteSpans.GetValueOrDefault(article, NoSpans);

    /// <summary>Where actors are named in the article's text, in reading order.</summary>
    public IReadOnlyList<TextSpan> MentionSpans(Article article) => _mentionSpans.GetValueOrDefault(article, NoSpans);

    /// <summary>Who the article's text names, and how often, most often first.</summary>
    public IReadOnlyList<(Entity Entity, int Mentions)> MentionsIn(Article article) => _mentionsIn.GetValueOrDefault(article, []);

    /// <summary>The articles whose text names <paramref name="entity"/>.</summary>
    public IReadOnlyList<Article> Mentioning(Entity entity) => _mentioning.TryGetValue(entity, out var list) ? list : [];

    /// <summary>Who is named in the same articles as <paramref name="entity"/>, in the most articles first.</summary>
    public IReadOnlyList<(Entity Entity, int Articles)> MentionedAlongside(Entity entity) => _alongside.GetValueOrDefault(entity, []);

    /// <summary>The quotes that articles published by <paramref name="outlet"/> carried.</summary>
    public IReadOnlyList<Quote> QuotesCarriedBy(Outlet outlet) => _quotesByOutlet.TryGetValue(outlet, out var list) ? list : [];

    private static IEnumerable<Key> AllKeys(Shape shape) =>
        shape.Keys.SelectMany(k => k.Shape is { } inner ? AllKeys(inner).Prepend(k) : [k]);
}
