using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Resolution;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// dossier.json: the whole resolved dossier for other programs — every entity with its fields and the
/// cross-references the pages show. Shape documented in docs/dossier-json.md.
/// </summary>
public static class DossierJson
{

    public static void Write(ResolvedDossier dossier, Stream stream)
    {
        var content = dossier.Content;
        JsonArray Ids<T>(IEnumerable<T> items, Func<T, string> id) => new(items.Select(i => (JsonNode)JsonValue.Create(id(i))!).ToArray());
        JsonArray Strings(IEnumerable<string> items) => Ids(items, s => s);
        JsonArray Objects(IEnumerable<JsonObject> items) => new(items.Cast<JsonNode>().ToArray());

        var sections = new (string Name, IEnumerable<JsonNode> Items)[]
        {
            ("site", [new JsonObject
            {
                ["title"] = content.Site.Title,
                ["subtitle"] = content.Site.Subtitle,
                ["summary"] = content.Site.Summary,
                ["language"] = content.Site.Language,
                ["base_url"] = content.Site.BaseUrl,
            }]),
            ("outlets", content.Outlets.Select(o => new JsonObject
            {
                ["id"] = o.Id, ["name"] = o.Name, ["kind"] = o.Kind, ["country"] = o.Country,
                ["affiliation"] = o.Affiliation?.Id, ["homepage"] = o.Homepage, ["summary"] = o.Summary,
                ["articles"] = Ids(ResolvedDossier.Lookup(dossier.ArticlesByOutlet, o.Id), a => a.Id),
                ["quotes"] = Ids(ResolvedDossier.Lookup(dossier.QuotesByOutlet, o.Id), q => q.Id),
            })),
            ("actors", content.Actors.Select(a => new JsonObject
            {
                ["id"] = a.Id, ["name"] = a.Name, ["kind"] = a.Kind.ToString().ToLowerInvariant(),
                ["aliases"] = Strings(a.Aliases.Select(x => x.Value)),
                ["roles"] = Objects(a.Roles.Select(r => new JsonObject { ["title"] = r.Title, ["of"] = r.Of?.Id, ["from"] = r.From?.Iso, ["to"] = r.To?.Iso })),
                ["affiliations"] = Ids(a.Affiliations, r => r.Id),
                ["born"] = a.Born?.Iso, ["died"] = a.Died?.Iso, ["summary"] = a.Summary,
                ["quotes"] = Ids(ResolvedDossier.Lookup(dossier.QuotesBySpeaker, a.Id), q => q.Id),
                ["quoted_about"] = Ids(ResolvedDossier.Lookup(dossier.QuotesAbout, a.Id), q => q.Id),
                ["events"] = Ids(ResolvedDossier.Lookup(dossier.EventsByActor, a.Id), e => e.Id),
                ["mentioned_in"] = Ids(ResolvedDossier.Lookup(dossier.ArticlesMentioning, a.Id), x => x.Id),
            })),
            ("events", content.Events.Select(e => new JsonObject
            {
                ["id"] = e.Id, ["title"] = e.Title, ["date"] = e.Date.Iso, ["end"] = e.End?.Iso, ["time"] = e.Time,
                ["place"] = e.Place, ["summary"] = e.Summary,
                ["participants"] = Objects(e.Participants.Select(p => new JsonObject { ["actor"] = p.Actor.Id, ["role"] = p.Role })),
                ["follows"] = Ids(e.Follows, f => f.Id),
                ["followed_by"] = Ids(ResolvedDossier.Lookup(dossier.FollowedBy, e.Id), x => x.Id),
                ["articles"] = Ids(ResolvedDossier.Lookup(dossier.ArticlesByEvent, e.Id), x => x.Id),
                ["quotes"] = Ids(ResolvedDossier.Lookup(dossier.QuotesByEvent, e.Id), x => x.Id),
                ["claims"] = Ids(ResolvedDossier.Lookup(dossier.ClaimsByEvent, e.Id), x => x.Id),
            })),
            ("articles", content.Articles.Select(a => new JsonObject
            {
                ["id"] = a.Id, ["title"] = a.Title, ["outlet"] = a.Outlet.Id, ["published"] = a.Published?.Iso,
                ["source"] = a.Source.Value, ["byline"] = a.Byline, ["url"] = a.Url,
                ["original"] = a.Original is { } o ? new JsonObject { ["outlet"] = o.Outlet?.Id, ["article"] = o.Article?.Id, ["note"] = o.Note } : null,
                ["reposted_as"] = Ids(ResolvedDossier.Lookup(dossier.Reposts, a.Id), x => x.Id),
                ["events"] = Ids(a.Events, x => x.Id),
                ["quotes"] = Ids(ResolvedDossier.Lookup(dossier.QuotesByArticle, a.Id), x => x.Id),
                ["mentions"] = Objects(ResolvedDossier.Lookup(dossier.MentionsInArticle, a.Id)
                    .Select(m => new JsonObject { ["actor"] = m.Actor.Id, ["count"] = m.Mentions })),
                ["paragraphs"] = content.Texts.TryGetValue(a.Id, out var text)
                    ? Objects(text.Paragraphs.Select(p => new JsonObject { ["text"] = p.Text, ["heading"] = p.IsHeading }))
                    : new JsonArray(),
            })),
            ("quotes", content.Quotes.Select(q => new JsonObject
            {
                ["id"] = q.Id, ["speaker"] = q.Speaker.Id, ["text"] = q.Text, ["said"] = q.Said?.Iso, ["occasion"] = q.Occasion,
                ["event"] = q.Event?.Id, ["about"] = Ids(q.About, x => x.Id),
                ["reported"] = Objects(q.Reported.Select(r => new JsonObject
                {
                    ["article"] = r.Article.Id,
                    ["outlet"] = content.ArticlesById.TryGetValue(r.Article.Id, out var article) ? article.Outlet.Id : null,
                    ["text"] = r.Text?.Value ?? q.Text,
                })),
            })),
            ("claims", content.Claims.Select(c => new JsonObject
            {
                ["id"] = c.Id, ["question"] = c.Question, ["event"] = c.Event?.Id, ["summary"] = c.Summary,
                ["answers"] = Objects(c.Answers.Select(a => new JsonObject
                {
                    ["answer"] = a.Statement, ["claimant"] = a.Claimant?.Id, ["article"] = a.Article.Id, ["text"] = a.Text.Value,
                })),
            })),
        };
        // A file of its own, never embedded in a page, so readable UTF-8 is safe here. Each entity's tree is
        // made and written in turn, and the writer flushed as it goes, so a large dossier is never held whole,
        // neither as objects nor as bytes.
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            foreach (var (name, items) in sections)
            {
                writer.WritePropertyName(name);
                if (name == "site")
                {
                    items.Single().WriteTo(writer);
                    continue;
                }
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    item.WriteTo(writer);
                    if (writer.BytesPending > 1 << 16) writer.Flush();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
