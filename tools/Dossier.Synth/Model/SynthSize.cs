namespace Dossier.Synth.Model;

/// <summary>
/// How many entities of each kind a dossier of a given number of articles has, in the proportions of
/// a real briefing dossier: per 1,000 articles about 60 outlets, 250 actors, 120 events, 3,000 quotes and 80 claims.
/// </summary>
public sealed record SynthSize(int Articles, int Outlets, int Actors, int Events, int Quotes, int Claims)
{
    public const int MinArticles = 10;

    public static SynthSize For(int articles)
    {
        if (articles < MinArticles) throw new ArgumentOutOfRangeException(nameof(articles), $"At least {MinArticles} articles.");
        return new SynthSize(
            articles,
            Outlets: Math.Max(2, PerThousand(articles, 60)),
            Actors: Math.Max(6, PerThousand(articles, 250)),
            Events: Math.Max(3, PerThousand(articles, 120)),
            Quotes: Math.Max(10, PerThousand(articles, 3000)),
            Claims: Math.Max(1, PerThousand(articles, 80)));
    }

    private static int PerThousand(int articles, int perThousand) =>
        (int)Math.Round(articles * perThousand / 1000.0, MidpointRounding.AwayFromZero);
}
