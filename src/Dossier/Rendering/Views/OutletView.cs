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
/// <param name="Articles">The latest articles published here; reposts are noted.</param>
/// <param name="AllArticles">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 articles published by Coast Courier").</param>
/// <param name="Quotes">The latest quotes its articles carried.</param>
/// <param name="AllQuotes">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 quotes carried by Coast Courier").</param>
/// <param name="ActorsQuoted">The actors it quoted most, for a bar chart.</param>
/// <param name="QuotesTakenFrom">The latest quotes that articles say they took from this outlet ("according to Tasnim").</param>
/// <param name="AllQuotesTakenFrom">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 quotes that articles took from Coast Courier").</param>
/// <param name="ClaimsTakenFrom">Contested claims with an answer that an article says it took from this outlet.</param>
/// <param name="MentionedIn">The latest articles whose text names the outlet (a dateline, "told CNN"); each note says how often.</param>
/// <param name="AllMentionedIn">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 articles that name Coast Courier").</param>
/// <param name="RepostedElsewhere">The latest of its pieces that other outlets republished.</param>
/// <param name="AllRepostedElsewhere">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 pieces by Coast Courier published elsewhere").</param>
/// <param name="RepostsHere">The latest pieces it republished from other outlets.</param>
/// <param name="AllRepostsHere">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 pieces Coast Courier reposted from elsewhere").</param>
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
    Link? AllArticles,
    IReadOnlyList<QuoteItem> Quotes,
    Link? AllQuotes,
    IReadOnlyList<CountedLink> ActorsQuoted,
    IReadOnlyList<QuoteItem> QuotesTakenFrom,
    Link? AllQuotesTakenFrom,
    IReadOnlyList<Link> ClaimsTakenFrom,
    IReadOnlyList<ArticleItem> MentionedIn,
    Link? AllMentionedIn,
    IReadOnlyList<ArticleItem> RepostedElsewhere,
    Link? AllRepostedElsewhere,
    IReadOnlyList<ArticleItem> RepostsHere,
    Link? AllRepostsHere);
