using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>
/// Article metadata: who published it, which events it reports (published on or after the latest of them),
/// and for about 3% a repost of an earlier article by another outlet.
/// </summary>
internal static class ArticleMaker
{
    public static IReadOnlyList<SynthArticle> Make(
        SynthSize size, int seed, IReadOnlyList<SynthOutlet> outlets, IReadOnlyList<SynthEvent> events,
        IReadOnlyList<SynthActor> actors, IReadOnlyList<string> places, Ids ids)
    {
        var rng = Rng.For(seed, "articles");
        var prose = new Prose(rng, places);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<SynthArticle>();
        var reposted = new HashSet<string>(StringComparer.Ordinal);
        var outletsById = outlets.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var eventsById = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        // The first articles cover every outlet and every event once, so nothing is left unreferenced.
        var covering = Math.Max(outlets.Count, events.Count);
        for (var i = 0; i < size.Articles; i++)
        {
            var outlet = i < outlets.Count ? outlets[i] : outlets[rng.Skewed(outlets.Count)];
            if (i >= covering && rng.Chance(0.03) && Repost(articles, outlet, outletsById, reposted, rng, ids) is { } repost)
            {
                articles.Add(repost);
                continue;
            }

            var focus = i < events.Count ? i : rng.Below(events.Count);
            var reported = new List<SynthEvent> { events[focus] };
            if (rng.Chance(0.4)) reported.Add(events[Math.Clamp(focus + rng.Between(-3, 3), 0, events.Count - 1)]);
            if (events[focus].Follows.Count > 0 && rng.Chance(0.3)) reported.Add(eventsById[events[focus].Follows[0]]);
            var distinct = reported.DistinctBy(e => e.Id).ToArray();
            var published = distinct.Max(e => e.Date).AddDays(rng.Between(0, 3));

            string title;
            do title = prose.Title(actors[rng.Skewed(actors.Count)].ShortName);
            while (!titles.Add(title));
            var id = ids.Unique($"{outlet.Id}-{published:yyyy-MM-dd}-{Ids.Slug(title, 4)}");
            articles.Add(new SynthArticle(id, title, outlet.Id, published, distinct.Select(e => e.Id).ToArray()));
        }
        return articles;
    }

    /// <summary>A repost carries an earlier article of another outlet word for word; each article is reposted at most once.</summary>
    private static SynthArticle? Repost(
        List<SynthArticle> earlier, SynthOutlet outlet, Dictionary<string, SynthOutlet> outlets, HashSet<string> reposted,
        Rng rng, Ids ids)
    {
        var original = earlier[rng.Below(earlier.Count)];
        if (original.Original is not null || original.Outlet == outlet.Id || IsBlog(original, outlets) || !reposted.Add(original.Id)) return null;
        var originalOutlet = outlets[original.Outlet];
        var published = original.Published.AddDays(rng.Between(0, 1));
        return new SynthArticle(ids.Unique($"{outlet.Id}-{published:yyyy-MM-dd}-{Ids.Slug(original.Title, 4)}"),
            original.Title, outlet.Id, published, original.Events)
        {
            Original = new SynthOriginal(original.Outlet, original.Id, $"Reposted from {originalOutlet.Name}."),
        };
    }

    /// <summary>Blog posts are stored several to a seed file, cut out by excerpt anchors.</summary>
    public static bool IsBlog(SynthArticle article, IReadOnlyDictionary<string, SynthOutlet> outlets) =>
        article.Original is null && outlets[article.Outlet].Kind == "blog";
}
