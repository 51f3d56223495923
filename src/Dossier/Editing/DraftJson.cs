using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Drafting;
using Dossier.Model;

namespace Dossier.Editing;

/// <summary>A draft as JSON, for tools: the shape docs/drafting.schema.json describes (a test holds the two together).</summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Draft draft, Content known)
    {
        var ids = DraftQuoteIds.Assign(draft, known);
        var json = new JsonObject
        {
            ["articles"] = Array(draft.Articles.Select(a => new JsonObject
            {
                ["id"] = a.Id,
                ["source"] = a.Source,
                ["title"] = a.Title,
                ["published"] = a.Published?.Iso,
                ["byline"] = a.Byline,
                ["outlet"] = a.Outlet,
                ["excerpt"] = a.ExcerptStart is null ? null : new JsonObject { ["start"] = a.ExcerptStart, ["end"] = a.ExcerptEnd },
                ["headings"] = Array(a.Headings.Select(h => (JsonNode)h)),
                ["drop"] = Array(a.Drop.Select(d => (JsonNode)d)),
                ["evidence"] = Array(a.Evidence.Select(e => With(new JsonObject(), e))),
            })),
            ["quotes"] = Array(draft.Quotes.Select((q, i) => With(new JsonObject
            {
                ["id"] = ids[i],
                ["article"] = q.Article,
                ["text"] = q.Text,
                ["speaker"] = new JsonObject { ["name"] = q.Speaker.Name, ["actor"] = q.Speaker.Actor },
                ["said"] = q.Said?.Iso,
                ["joins"] = q.Joins,
            }, q.Evidence))),
            ["actors"] = Array(draft.Actors.Select(a => With(new JsonObject
            {
                ["id"] = a.Id,
                ["name"] = a.Name,
                ["kind"] = a.Kind.ToString().ToLowerInvariant(),
                ["source"] = a.Source,
            }, a.Evidence))),
            ["outlets"] = Array(draft.Outlets.Select(o => With(new JsonObject
            {
                ["id"] = o.Id,
                ["name"] = o.Name,
                ["homepage"] = o.Homepage,
            }, o.Evidence))),
        };
        return json.ToJsonString(Options) + "\n";
    }

    private static JsonObject With(JsonObject item, Evidence evidence)
    {
        item["cue"] = evidence.Cue;
        item["rule"] = evidence.Rule;
        item["confidence"] = Math.Round(evidence.Confidence, 3);
        item["line"] = evidence.Line;
        item["column"] = evidence.Column;
        return item;
    }

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
