namespace Dossier.Rendering.Views;

/// <summary>A place's page: where events happened, and what the texts say there.</summary>
/// <param name="Name">The place's name.</param>
/// <param name="Country">The country it is in.</param>
/// <param name="Aliases">Other spellings of the name, as the texts print them.</param>
/// <param name="Coordinates">Latitude and longitude as readers see them ("33.7856° N, 42.4412° E"), where well known.</param>
/// <param name="Map">An OpenStreetMap address centred on the coordinates, where there are any.</param>
/// <param name="InDossier">What the dossier holds on the place, counted ("2 events · 5 articles").</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Events">The latest events that happened here, in date order.</param>
/// <param name="AllEvents">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 events at Portville Harbour").</param>
/// <param name="Quotes">The latest quotes said at or about those events.</param>
/// <param name="AllQuotes">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 quotes at or about events at Portville Harbour").</param>
/// <param name="Articles">The latest articles whose text names the place; each note says how often.</param>
/// <param name="AllArticles">Where there are more than the page shows: the link to them all, on pages of their own ("All 1,234 articles that name Portville Harbour").</param>
public sealed record PlaceView(
    string Name,
    string? Country,
    IReadOnlyList<string> Aliases,
    string? Coordinates,
    string? Map,
    string? InDossier,
    string? Summary,
    IReadOnlyList<EventItem> Events,
    Link? AllEvents,
    IReadOnlyList<QuoteItem> Quotes,
    Link? AllQuotes,
    IReadOnlyList<ArticleItem> Articles,
    Link? AllArticles);
