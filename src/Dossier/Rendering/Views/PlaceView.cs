namespace Dossier.Rendering.Views;

/// <summary>A place's page: where events happened, and what the texts say there.</summary>
/// <param name="Name">The place's name.</param>
/// <param name="Country">The country it is in.</param>
/// <param name="Aliases">Other spellings of the name, as the texts print them.</param>
/// <param name="Coordinates">Latitude and longitude as readers see them ("33.7856° N, 42.4412° E"), where well known.</param>
/// <param name="Map">An OpenStreetMap address centred on the coordinates, where there are any.</param>
/// <param name="InDossier">What the dossier holds on the place, counted ("2 events · 5 articles").</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Events">Events that happened here, in date order.</param>
/// <param name="Quotes">Quotes said at or about those events.</param>
/// <param name="Articles">Articles whose text names the place; each note says how often.</param>
public sealed record PlaceView(
    string Name,
    string? Country,
    IReadOnlyList<string> Aliases,
    string? Coordinates,
    string? Map,
    string? InDossier,
    string? Summary,
    IReadOnlyList<EventItem> Events,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<ArticleItem> Articles);
