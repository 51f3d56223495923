using Dossier.Synth.Model;

namespace Dossier.Synth.Generation;

/// <summary>
/// Stores the texts as seed files: one article to a file, except blog posts, which are kept two to four to
/// a file, as a blog's archive page holds them, and cut out by excerpt anchors (the post's title line to its "Share this" line).
/// </summary>
internal static class SeedMaker
{
    public static IReadOnlyList<SynthSeed> Make(int seed, IReadOnlyList<SynthArticle> articles, IReadOnlyList<SynthOutlet> outlets)
    {
        var rng = Rng.For(seed, "seeds");
        var outletsById = outlets.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var seeds = new List<SynthSeed>();
        var pending = new SortedDictionary<string, List<SynthArticle>>(StringComparer.Ordinal);
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);

        string NextName() => $"{seeds.Count:D5}_{rng.Next():x16}.txt";

        void Single(SynthArticle article)
        {
            article.Source = NextName();
            seeds.Add(new SynthSeed(article.Source, article.Lines));
        }

        void Flush(List<SynthArticle> posts)
        {
            if (posts.Count == 1 || !AnchorsHold(posts))
            {
                foreach (var post in posts) Single(post);
                return;
            }
            var name = NextName();
            foreach (var post in posts)
            {
                post.Source = name;
                post.Excerpt = new SynthExcerpt(post.Title, TextMaker.ShareLine);
            }
            seeds.Add(new SynthSeed(name, posts.SelectMany(p => p.Lines).ToArray()));
        }

        foreach (var article in articles)
        {
            if (!ArticleMaker.IsBlog(article, outletsById))
            {
                Single(article);
                continue;
            }
            if (!pending.TryGetValue(article.Outlet, out var posts)) pending[article.Outlet] = posts = [];
            posts.Add(article);
            if (posts.Count >= wanted.GetValueOrDefault(article.Outlet, 2))
            {
                Flush(posts);
                pending[article.Outlet] = [];
                wanted[article.Outlet] = rng.Between(2, 4);
            }
        }
        foreach (var posts in pending.Values.Where(p => p.Count > 0)) Flush(posts);
        return seeds;
    }

    /// <summary>True when each post's title is first found on that post's own first line, as the excerpt start anchor needs.</summary>
    private static bool AnchorsHold(IReadOnlyList<SynthArticle> posts)
    {
        var lines = posts.SelectMany(p => p.Lines).ToArray();
        var offset = 0;
        foreach (var post in posts)
        {
            if (Array.FindIndex(lines, l => l.Contains(post.Title, StringComparison.Ordinal)) != offset) return false;
            offset += post.Lines.Count;
        }
        return true;
    }
}
