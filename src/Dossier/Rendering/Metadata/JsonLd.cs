using System.Buffers;
using System.Text;
using System.Text.Json;
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
    public static string Actor(Actor actor, PageContext page) => Json(TypeOf(actor), w =>
    {
        w.WriteString("name", actor.Name);
        Strings(w, "alternateName", actor.Aliases.Select(a => a.Value));
        Optional(w, "description", Plain.Text(actor.Summary));
        w.WriteString("url", page.Url(actor.Route));
    });

    public static string Event(Event @event, PageContext page) => Json("Event", w =>
    {
        w.WriteString("name", @event.Title);
        Optional(w, "startDate", @event.Date.Iso);
        Optional(w, "endDate", @event.End?.Iso);
        if (@event.Places.Count > 0)
        {
            w.WriteStartArray("location");
            foreach (var place in @event.Places) Object(w, "Place", w => PlaceFacts(w, place.Target, page, described: false));
            w.WriteEndArray();
        }
        Optional(w, "description", Plain.Text(@event.Summary));
        w.WriteString("url", page.Url(@event.Route));
    });

    public static string Article(Article article, PageContext page) => Json("NewsArticle", w =>
    {
        w.WriteString("headline", article.Title);
        Optional(w, "datePublished", article.Published?.Iso);
        if (article.Byline is { } byline) Object(w, "author", "Person", w => w.WriteString("name", byline));
        Object(w, "publisher", "Organization", w => w.WriteString("name", article.Outlet.Target.Name));
        Optional(w, "sameAs", article.Url);
        Optional(w, "isBasedOn", article.Original?.Article is { } original ? page.Url(original.Target.Route) : null);
        w.WriteString("url", page.Url(article.Route));
    });

    public static string Quote(Quote quote, PageContext page) => Json("Quotation", w =>
    {
        w.WriteString("text", quote.Text);
        Agent(w, "spokenByCharacter", quote.Speaker.Target, page);
        if (quote.Via is { } via) Agent(w, "publisher", via.Target, page);
        Optional(w, "dateCreated", quote.Said?.Iso);
        w.WriteStartArray("isBasedOn");
        foreach (var article in quote.Reported.Select(r => r.Article.Target).Distinct())
        {
            Object(w, "NewsArticle", w =>
            {
                w.WriteString("headline", article.Title);
                w.WriteString("url", page.Url(article.Route));
            });
        }
        w.WriteEndArray();
        w.WriteString("url", page.Url(quote.Route));
    });

    public static string Claim(Claim claim, PageContext page) => Json("Question", w =>
    {
        w.WriteString("name", claim.Question);
        w.WriteStartArray("suggestedAnswer");
        foreach (var answer in claim.Answers)
        {
            Object(w, "Answer", w =>
            {
                w.WriteString("text", answer.Statement);
                var authors = answer.Claimants.Select(c => c.Actor?.Target).OfType<Actor>().Distinct().ToArray();
                if (authors.Length == 0) return;
                w.WriteStartArray("author");
                foreach (var author in authors) Object(w, AgentType(author), w => AgentFacts(w, author, page));
                w.WriteEndArray();
            });
        }
        w.WriteEndArray();
        w.WriteString("url", page.Url(claim.Route));
    });

    public static string Site(SiteInfo site, PageContext page) => Json("WebSite", w =>
    {
        w.WriteString("name", site.Title);
        Optional(w, "description", site.Subtitle);
        Optional(w, "inLanguage", site.Language);
        w.WriteString("url", page.Url(Routes.Home));
    });

    public static string Place(Place place, PageContext page) => Json("Place", w => PlaceFacts(w, place, page, described: true));

    private static void PlaceFacts(Utf8JsonWriter w, Place place, PageContext page, bool described)
    {
        w.WriteString("name", place.Name);
        Strings(w, "alternateName", place.Aliases.Select(a => a.Value));
        if (place.Country is { } country) Object(w, "address", "PostalAddress", w => w.WriteString("addressCountry", country));
        if (place.Coordinates is { } point)
        {
            Object(w, "geo", "GeoCoordinates", w =>
            {
                w.WriteNumber("latitude", point.Latitude);
                w.WriteNumber("longitude", point.Longitude);
            });
        }
        if (described) Optional(w, "description", Plain.Text(place.Summary));
        w.WriteString("url", page.Url(place.Route));
    }

    // As an author or speaker schema.org takes a Person or an Organization; a state speaks as an organization.
    private static void Agent(Utf8JsonWriter w, string name, Actor actor, PageContext page) =>
        Object(w, name, AgentType(actor), w => AgentFacts(w, actor, page));

    private static string AgentType(Actor actor) => actor.Kind == ActorKind.Person ? "Person" : "Organization";

    private static void AgentFacts(Utf8JsonWriter w, Actor actor, PageContext page)
    {
        w.WriteString("name", actor.Name);
        w.WriteString("url", page.Url(actor.Route));
    }

    // schema.org has no type for an armed group or a state body: those are organizations.
    private static string TypeOf(Actor actor) => actor.Kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.State => "Country",
        _ => "Organization",
    };

    // Absent facts are left out rather than written as null, and empty lists with them.
    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        var started = false;
        foreach (var value in values)
        {
            if (!started) w.WriteStartArray(name);
            started = true;
            w.WriteStringValue(value);
        }
        if (started) w.WriteEndArray();
    }

    private static void Object(Utf8JsonWriter w, string name, string type, Action<Utf8JsonWriter> facts)
    {
        w.WritePropertyName(name);
        Object(w, type, facts);
    }

    private static void Object(Utf8JsonWriter w, string type, Action<Utf8JsonWriter> facts)
    {
        w.WriteStartObject();
        w.WriteString("@type", type);
        facts(w);
        w.WriteEndObject();
    }

    // One buffer and writer per rendering thread: every page has a description.
    [ThreadStatic] private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _writer;

    private static string Json(string type, Action<Utf8JsonWriter> facts)
    {
        var (buffer, w) = _writer ??= Writer();
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", type);
        facts(w);
        w.WriteEndObject();
        w.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) Writer()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer));
    }
}
