using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Text;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// schema.org descriptions of pages for search engines and other machines. Only what the dossier states:
/// a contested claim is a Question with its suggested answers, never a ClaimReview, since the dossier rates nothing.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Actor(Actor actor, PageContext page) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = TypeOf(actor),
        ["name"] = actor.Name,
        ["alternateName"] = Array(actor.Aliases.Select(a => a.Value)),
        ["description"] = Plain.Text(actor.Summary),
        ["url"] = page.Url(actor.Route),
    });

    public static string Event(Event @event, PageContext page) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Event",
        ["name"] = @event.Title,
        ["startDate"] = @event.Date.Iso,
        ["endDate"] = @event.End?.Iso,
        ["location"] = Array(@event.Places.Select(p => PlaceNode(p.Target, page, withContext: false))),
        ["description"] = Plain.Text(@event.Summary),
        ["url"] = page.Url(@event.Route),
    });

    public static string Article(Article article, PageContext page) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = article.Title,
        ["datePublished"] = article.Published?.Iso,
        ["author"] = article.Byline is { } byline ? new JsonObject { ["@type"] = "Person", ["name"] = byline } : null,
        ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = article.Outlet.Target.Name },
        ["sameAs"] = article.Url,
        ["isBasedOn"] = article.Original?.Article is { } original ? page.Url(original.Target.Route) : null,
        ["url"] = page.Url(article.Route),
    });

    public static string Quote(Quote quote, PageContext page) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Quotation",
        ["text"] = quote.Text,
        ["spokenByCharacter"] = Agent(quote.Speaker.Target, page),
        ["publisher"] = quote.Via is { } via ? Agent(via.Target, page) : null,
        ["dateCreated"] = quote.Said?.Iso,
        ["isBasedOn"] = new JsonArray(quote.Reported.Select(r => r.Article.Target).Distinct().Select(a => (JsonNode)new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = a.Title,
            ["url"] = page.Url(a.Route),
        }).ToArray()),
        ["url"] = page.Url(quote.Route),
    });

    public static string Claim(Claim claim, PageContext page) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Question",
        ["name"] = claim.Question,
        ["suggestedAnswer"] = new JsonArray(claim.Answers.Select(a => (JsonNode)new JsonObject
        {
            ["@type"] = "Answer",
            ["text"] = a.Statement,
            ["author"] = Array(a.Claimants.Select(c => c.Actor?.Target).OfType<Actor>().Distinct().Select(actor => Agent(actor, page))),
        }).ToArray()),
        ["url"] = page.Url(claim.Route),
    });

    public static string Site(SiteInfo site, PageContext page) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.Title,
        ["description"] = site.Subtitle,
        ["inLanguage"] = site.Language,
        ["url"] = page.Url(Routes.Home),
    });

    public static string Place(Place place, PageContext page) => Serialize(PlaceNode(place, page, withContext: true));

    private static JsonObject PlaceNode(Place place, PageContext page, bool withContext) => new()
    {
        ["@context"] = withContext ? "https://schema.org" : null,
        ["@type"] = "Place",
        ["name"] = place.Name,
        ["alternateName"] = Array(place.Aliases.Select(a => a.Value)),
        ["address"] = place.Country is { } country ? new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = country } : null,
        ["geo"] = place.Coordinates is { } point
            ? new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = point.Latitude, ["longitude"] = point.Longitude }
            : null,
        ["description"] = withContext ? Plain.Text(place.Summary) : null,
        ["url"] = page.Url(place.Route),
    };

    // As an author or speaker schema.org takes a Person or an Organization; a state speaks as an organization.
    private static JsonObject Agent(Actor actor, PageContext page) => new()
    {
        ["@type"] = actor.Kind == ActorKind.Person ? "Person" : "Organization",
        ["name"] = actor.Name,
        ["url"] = page.Url(actor.Route),
    };

    // schema.org has no type for an armed group or a state body: those are organizations.
    private static string TypeOf(Actor actor) => actor.Kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.State => "Country",
        _ => "Organization",
    };

    private static JsonArray? Array(IEnumerable<string> values) =>
        values.ToArray() is { Length: > 0 } list ? new JsonArray(list.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()) : null;

    private static JsonArray? Array(IEnumerable<JsonNode> nodes) =>
        nodes.ToArray() is { Length: > 0 } list ? new JsonArray(list) : null;

    // Absent facts are left out rather than written as null.
    private static string Serialize(JsonObject node)
    {
        Prune(node);
        return node.ToJsonString(Options);
    }

    private static void Prune(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToArray()) obj.Remove(key);
            foreach (var (_, child) in obj) Prune(child);
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array) Prune(child);
        }
    }
}
