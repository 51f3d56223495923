using System.Text.Json;
using Dossier.Rendering.Pages;
using Dossier.Resolution;

namespace Dossier.Rendering.Search;

/// <summary>
/// The search index, built at build time and shipped as a script that sets one global, because a page
/// opened from file:// may not fetch() a JSON file but may load a script.
/// </summary>
public static class SearchIndex
{

    /// <summary>k: kind, t: title, u: site-relative URL, d: a line of detail, x: more text to match.</summary>
    private sealed record Entry(string k, string t, string u, string? d, string? x);

    public static void Write(ResolvedDossier dossier, Stream stream)
    {
        var content = dossier.Content;
        var entries = new List<Entry>();
        entries.AddRange(content.Actors.Select(a => new Entry("actor", a.Name, Routes.Actor(a.Id),
            a.Kind.ToString().ToLowerInvariant(), Join(a.Aliases.Select(x => x.Value).Append(Plain.Text(a.Summary))))));
        entries.AddRange(content.Events.Select(e => new Entry("event", e.Title, Routes.Event(e.Id),
            PageContext.DateOf(e), Join([e.Place, Plain.Text(e.Summary)]))));
        entries.AddRange(content.Outlets.Select(o => new Entry("outlet", o.Name, Routes.Outlet(o.Id),
            o.Kind, Join([o.Country, Plain.Text(o.Summary)]))));
        entries.AddRange(content.Articles.Select(a => new Entry("article", a.Title, Routes.Article(a.Id),
            Join([content.OutletsById.TryGetValue(a.Outlet.Id, out var o) ? o.Name : null, a.Published?.Display], " · "), a.Byline)));
        entries.AddRange(content.Quotes.Select(q => new Entry("quote", q.Text, Routes.Quote(q.Id),
            Join([content.ActorsById.TryGetValue(q.Speaker.Id, out var s) ? s.Name : null, q.Said?.Display], " · "),
            Join(q.Reported.Select(r => r.Text?.Value).Append(q.Occasion)))));
        entries.AddRange(content.Claims.Select(c => new Entry("claim", c.Question, Routes.Claim(c.Id),
            $"{c.Answers.Count} answers", Join(c.Answers.Select(a => a.Statement)))));

        stream.Write("window.DOSSIER_SEARCH = "u8);
        JsonSerializer.Serialize(stream, entries, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        stream.Write(";\n"u8);
    }

    private static string? Join(IEnumerable<string?> parts, string separator = " ") =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray() is { Length: > 0 } kept ? string.Join(separator, kept) : null;
}
