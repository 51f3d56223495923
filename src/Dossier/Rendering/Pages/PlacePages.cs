using System.Globalization;
using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class PlacePages : EntityPages<Place, PlaceView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Place place, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var lists = new FullLists(dossier, Kind, place, limits);
        var events = dossier.Referring<Event>(place, Event.Keys.Places);
        var quotes = Quote.Definition.InOrder(events.SelectMany(e => dossier.Referring<Quote>(e, Quote.Keys.Event)).Distinct()).ToArray();
        var (latestEvents, allEvents) = lists.Add("events", $"Events at {place.Name}", events, (p, e) => p.EventItem(e));
        var (latestQuotes, allQuotes) = lists.Add("quotes", $"Quotes at or about events at {place.Name}", quotes, (p, q) => p.QuoteItem(q));
        var (articles, allArticles) = lists.Add("articles", $"Articles that name {place.Name}", dossier.Mentioning(place),
            (p, a) => MentioningArticle(dossier, p, a, place));
        var view = new PlaceView(
            Name: place.Name,
            Country: place.Country,
            Aliases: place.Aliases.Select(a => a.Value).ToArray(),
            Coordinates: place.Coordinates is { } point ? Display(point) : null,
            Map: place.Coordinates is { } at ? Map(at) : null,
            InDossier: Plain.CountedList((events.Count, "event"), (quotes.Length, "quote"), (dossier.Mentioning(place).Count, "article")),
            Summary: place.Summary,
            Events: latestEvents.Select(page.EventItem).ToArray(),
            AllEvents: allEvents,
            Quotes: latestQuotes.Select(page.QuoteItem).ToArray(),
            AllQuotes: allQuotes,
            Articles: articles.Select(a => MentioningArticle(dossier, page, a, place)).ToArray(),
            AllArticles: allArticles);
        return [EntityPage(page, place, view,
            Plain.FirstSentence(place.Summary) ?? $"{place.Name}: events, quotes and articles in the dossier.",
            Metadata.JsonLd.Place(place, page)), .. lists.Pages];
    }

    /// <summary>Places by country, each country's by name.</summary>
    public override IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPages(page, limits, dossier.All<Place>()
            .GroupBy(p => p.Country ?? "Country not stated")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ListGroup(g.Key, g
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new ListEntry(page.Link(p), Plain.Counted(dossier.Referring<Event>(p, Event.Keys.Places).Count, "event")))
                .ToArray())));
    }

    private static string Display(Coordinates point) => string.Create(CultureInfo.InvariantCulture,
        $"{Math.Abs(point.Latitude)}° {(point.Latitude < 0 ? "S" : "N")}, {Math.Abs(point.Longitude)}° {(point.Longitude < 0 ? "W" : "E")}");

    private static string Map(Coordinates point) => string.Create(CultureInfo.InvariantCulture,
        $"https://www.openstreetmap.org/?mlat={point.Latitude}&mlon={point.Longitude}#map=12/{point.Latitude}/{point.Longitude}");
}
