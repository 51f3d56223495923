namespace Dossier.Rendering.Views;

/// <summary>An outlet's page: a news site, agency, broadcaster or blog.</summary>
/// <param name="Name">The outlet's name.</param>
/// <param name="Aliases">Other names the texts use for it ("FNA").</param>
/// <param name="Kind">What kind of outlet ("state media").</param>
/// <param name="Country">Where it is based.</param>
/// <param name="Affiliation">The actor it belongs to or speaks for.</param>
/// <param name="Homepage">Its address on the web.</param>
/// <param name="InDossier">What the dossier holds on the outlet, counted ("3 articles · 12 quotes · 2 citations": quotes its articles carried, quotes other articles took from it).</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Articles">Articles published here; reposts are noted.</param>
/// <param name="Quotes">Quotes its articles carried.</param>
/// <param name="ActorsQuoted">The actors it quoted most, for a bar chart.</param>
/// <param name="QuotesTakenFrom">Quotes that articles say they took from this outlet ("according to Tasnim").</param>
/// <param name="ClaimsTakenFrom">Contested claims with an answer that an article says it took from this outlet.</param>
/// <param name="MentionedIn">Articles whose text names the outlet (a dateline, "told CNN"); each note says how often.</param>
/// <param name="RepostedElsewhere">Its pieces that other outlets republished.</param>
/// <param name="RepostsHere">Pieces it republished from other outlets.</param>
public sealed record OutletView(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Kind,
    string? Country,
    Link? Affiliation,
    string? Homepage,
    string? InDossier,
    string? Summary,
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<CountedLink> ActorsQuoted,
    IReadOnlyList<QuoteItem> QuotesTakenFrom,
    IReadOnlyList<Link> ClaimsTakenFrom,
    IReadOnlyList<ArticleItem> MentionedIn,
    IReadOnlyList<ArticleItem> RepostedElsewhere,
    IReadOnlyList<ArticleItem> RepostsHere);
