using System.Runtime.InteropServices;
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
    private readonly IReadOnlyDictionary<Article, (Entity Entity, int Mentions)[]> _mentionsIn;
    private readonly IReadOnlyDictionary<Entity, List<Article>> _mentioning;
    [ThreadStatic] private static Dictionary<Entity, int>? _alongside;

    internal ResolvedDossier(
        Content content,
        IReadOnlyDictionary<(Entity Target, Key Key), List<Entity>> referring,
        IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> quoteSpans,
        IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> mentionSpans,
        IReadOnlyDictionary<Article, (Entity Entity, int Mentions)[]> mentionsIn,
        IReadOnlyDictionary<Entity, List<Article>> mentioning,
        MentionFinder finder,
        IReadOnlyDictionary<ArticleText, QuoteSearch> quoteSearches,
        ResolvedDossier? referringAsIn = null)
    {
        _referringAsIn = referringAsIn?._identity;
        Finder = finder;
        QuoteSearches = quoteSearches;
        Content = content;
        _referring = referring;
        _quoteSpans = quoteSpans;
        _mentionSpans = mentionSpans;
        _mentionsIn = mentionsIn;
        _mentioning = mentioning;
    }

    public Content Content { get; }

    // Tells this dossier apart without holding it: `serve` keeps the last dossier, which must not keep the one before.
    private readonly object _identity = new();

    // The last build's dossier (its identity), where this one took over its map of who refers to what (the same ids, the same lists).
    private readonly object? _referringAsIn;

    /// <summary>The articles whose text names each entity: a later build whose texts name the same takes it over.</summary>
    internal IReadOnlyDictionary<Entity, List<Article>> MentioningMap => _mentioning;

    /// <summary>Where each curated quotation stands, by article: a later build with the same quotes and texts takes it over.</summary>
    internal IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> QuoteSpansByArticle => _quoteSpans;

    /// <summary>Who refers to each entity under each key: a later build whose references are the same takes it over.</summary>
    internal IReadOnlyDictionary<(Entity Target, Key Key), List<Entity>> ReferringMap => _referring;

    /// <summary>The names searched for in the texts: a later build with the same names need not search unchanged texts again.</summary>
    internal MentionFinder Finder { get; }

    /// <summary>What each text was searched for, and found: a later build need not search it again for the same.</summary>
    internal IReadOnlyDictionary<ArticleText, QuoteSearch> QuoteSearches { get; }

    public SiteInfo Site => Content.Site;

    public IReadOnlyList<T> All<T>() where T : Entity => Content.All<T>();

    /// <summary>The entities of type <typeparamref name="T"/> that name <paramref name="target"/> under <paramref name="key"/>: an actor's quotes (Quote.Keys.Speaker), what followed an event (Event.Keys.Follows).</summary>
    public IReadOnlyList<T> Referring<T>(Entity target, Key key) where T : Entity
    {
        ReadLog.Add(target, ReadOf.Referring);
        return _referring.TryGetValue((target, key), out var list) ? list.Cast<T>().ToArray() : [];
    }

    /// <summary>Every entity that refers to <paramref name="target"/> under any key, with the key: what dossier.json lists as its references.</summary>
    public IEnumerable<(Key Key, IReadOnlyList<Entity> Sources)> ReferencesTo(Entity target, EntityKind sourceKind)
    {
        ReadLog.Add(target, ReadOf.Referring);
        return AllKeys(sourceKind).Where(k => _referring.ContainsKey((target, k)))
            .Select(k => (k, (IReadOnlyList<Entity>)_referring[(target, k)]));
    }

    /// <summary>Where each curated quotation stands in the article's text, in reading order.</summary>
    public IReadOnlyList<TextSpan> QuoteSpans(Article article) => InText(article, _quoteSpans.GetValueOrDefault(article, NoSpans));

    /// <summary>Where actors are named in the article's text, in reading order.</summary>
    public IReadOnlyList<TextSpan> MentionSpans(Article article) => InText(article, _mentionSpans.GetValueOrDefault(article, NoSpans));

    /// <summary>Who the article's text names, and how often, most often first.</summary>
    public IReadOnlyList<(Entity Entity, int Mentions)> MentionsIn(Article article) => CountsIn(article);

    private (Entity Entity, int Mentions)[] CountsIn(Article article)
    {
        ReadLog.Add(article, ReadOf.InText);
        return _mentionsIn.GetValueOrDefault(article, []);
    }

    /// <summary>How often <paramref name="article"/>'s text names <paramref name="entity"/>.</summary>
    public int Mentions(Article article, Entity entity)
    {
        foreach (var (named, mentions) in CountsIn(article))
        {
            if (named == entity) return mentions;
        }
        return 0;
    }

    /// <summary>The articles whose text names <paramref name="entity"/>.</summary>
    public IReadOnlyList<Article> Mentioning(Entity entity)
    {
        ReadLog.Add(entity, ReadOf.Named);
        return _mentioning.TryGetValue(entity, out var list) ? list : [];
    }

    /// <summary>
    /// The <paramref name="most"/> entities named in the most articles alongside <paramref name="entity"/>, most first
    /// (then by id). Worked out when a page asks, from the articles that name it: only actors' pages show it.
    /// </summary>
    public IReadOnlyList<(Entity Entity, int Articles)> MentionedAlongside(Entity entity, int most)
    {
        ReadLog.Add(entity, ReadOf.Named);
        // One table per thread, emptied for each entity: an actor's page is drawn on one thread at a time, and a
        // much-named actor's table runs to thousands of entries.
        var counts = _alongside ??= [];
        counts.Clear();
        foreach (var article in _mentioning.GetValueOrDefault(entity) ?? [])
        {
            foreach (var (other, _) in CountsIn(article))
            {
                if (other != entity) CollectionsMarshal.GetValueRefOrAddDefault(counts, other, out _)++;
            }
        }
        // A much-named actor is named alongside thousands: keep the first few as they come rather than sort them all.
        var first = new List<(Entity Entity, int Articles)>(most + 1);
        foreach (var (other, articles) in counts)
        {
            var at = first.Count;
            while (at > 0 && Before((other, articles), first[at - 1])) at--;
            if (at == most) continue;
            first.Insert(at, (other, articles));
            if (first.Count > most) first.RemoveAt(most);
        }
        return first;
    }

    private static bool Before((Entity Entity, int Articles) a, (Entity Entity, int Articles) b)
    {
        if (a.Articles != b.Articles) return a.Articles > b.Articles;
        var byId = string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
        return byId != 0 ? byId < 0 : a.Entity.EntityKind.Order < b.Entity.EntityKind.Order;
    }

    /// <summary>The quotes that articles published by <paramref name="outlet"/> carried, in the quotes' order.</summary>
    public IReadOnlyList<Quote> QuotesCarriedBy(Outlet outlet)
    {
        var quotes = Referring<Article>(outlet, Article.Keys.Outlet).SelectMany(a => Referring<Quote>(a, Report.Keys.Article)).Distinct();
        return Quote.Definition.InOrder(quotes).ToArray();
    }

    private static IReadOnlyList<TextSpan> InText(Article article, IReadOnlyList<TextSpan> spans)
    {
        ReadLog.Add(article, ReadOf.InText);
        return spans;
    }

    /// <summary>The mentions found in each text, by the text itself (kept from one build to the next while unchanged).</summary>
    internal IReadOnlyDictionary<ArticleText, IReadOnlyList<TextSpan>> MentionSpansByText()
    {
        var byText = new Dictionary<ArticleText, IReadOnlyList<TextSpan>>(ReferenceEqualityComparer.Instance);
        foreach (var (article, text) in Content.Texts) byText[text] = _mentionSpans[article];
        return byText;
    }

    /// <summary>Who each list of mentions names, by the list itself.</summary>
    internal IReadOnlyDictionary<IReadOnlyList<TextSpan>, (Entity Entity, int Mentions)[]> MentionCountsBySpans()
    {
        var bySpans = new Dictionary<IReadOnlyList<TextSpan>, (Entity, int)[]>(ReferenceEqualityComparer.Instance);
        foreach (var (article, spans) in _mentionSpans) bySpans[spans] = _mentionsIn[article];
        return bySpans;
    }

    /// <summary>
    /// Adds to <paramref name="changed"/> every list this dossier gives differently from <paramref name="before"/>:
    /// who refers to what, what each text holds, where each entity is named, what each outlet carried. Entities
    /// are compared by kind and id: what changed in an entity itself is the loader's to say. Each list is looked up
    /// under the last build's objects (<paramref name="replacements"/>), and a list kept as it was is not walked.
    /// </summary>
    internal void AddChangesSince(ResolvedDossier before, Replacements replacements, ISet<Read> changed)
    {
        Article OldArticle(Article a) => (Article)replacements.OldOf(a);
        if (!ReferenceEquals(_referringAsIn, before._identity))
            Compare(before._referring, _referring, k => (replacements.OldOf(k.Target), k.Key), k => Read.Of(k.Target, ReadOf.Referring), SameIds, changed);
        Compare(before._quoteSpans, _quoteSpans, OldArticle, a => Read.Of(a, ReadOf.InText), SameSpans, changed);
        Compare(before._mentionSpans, _mentionSpans, OldArticle, a => Read.Of(a, ReadOf.InText), SameSpans, changed);
        Compare(before._mentionsIn, _mentionsIn, OldArticle, a => Read.Of(a, ReadOf.InText), SameCounts, changed);
        Compare(before._mentioning, _mentioning, replacements.OldOf, e => Read.Of(e, ReadOf.Named), SameIds, changed);

        // Item by item, entities by kind and id; nothing allocated, as every list of a large dossier may be compared.
        static bool Same(Entity a, Entity b) => a.Id == b.Id && a.GetType() == b.GetType();
        static bool SameIds<T>(List<T> a, List<T> b) where T : Entity => All(a.Count, b.Count, i => Same(a[i], b[i]));
        static bool SameSpans(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) =>
            All(a.Count, b.Count, i => a[i].Paragraph == b[i].Paragraph && a[i].Start == b[i].Start && a[i].End == b[i].End
                && a[i].Occurrence == b[i].Occurrence && Same(a[i].Entity, b[i].Entity));
        static bool SameCounts(IReadOnlyList<(Entity Entity, int Count)> a, IReadOnlyList<(Entity Entity, int Count)> b) =>
            All(a.Count, b.Count, i => a[i].Count == b[i].Count && Same(a[i].Entity, b[i].Entity));
        static bool All(int count, int otherCount, Func<int, bool> same)
        {
            if (count != otherCount) return false;
            for (var i = 0; i < count; i++)
            {
                if (!same(i)) return false;
            }
            return true;
        }
    }

    private static void Compare<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> before, IReadOnlyDictionary<TKey, TValue> after,
        Func<TKey, TKey> lastBuilds, Func<TKey, Read> name, Func<TValue, TValue, bool> same, ISet<Read> changed) where TKey : notnull where TValue : class
    {
        if (ReferenceEquals(before, after)) return;
        var kept = 0;
        foreach (var (key, value) in after)
        {
            if (before.TryGetValue(lastBuilds(key), out var old))
            {
                kept++;
                // A list kept from the last build as it was is the same; any other is compared item by item.
                if (ReferenceEquals(old, value) || same(old, value)) continue;
            }
            changed.Add(name(key));
        }
        if (kept == before.Count) return;
        var still = after.Keys.Select(lastBuilds).ToHashSet();
        foreach (var key in before.Keys.Where(k => !still.Contains(k))) changed.Add(name(key));
    }

    private static IEnumerable<Key> AllKeys(Shape shape) =>
        shape.Keys.SelectMany(k => k.Shape is { } inner ? AllKeys(inner).Prepend(k) : [k]);
}

/// <summary>What one article's text was searched for (each report's quote, occurrence and wording), and the quotations found.</summary>
internal sealed class QuoteSearch((Read Quote, int Occurrence, string Wording)[] reports)
{
    public (Read Quote, int Occurrence, string Wording)[] Reports { get; } = reports;

    public IReadOnlyList<TextSpan> Found { get; set; } = [];
}
