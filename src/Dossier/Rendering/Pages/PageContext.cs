using Dossier.Model;
using Dossier.Resolution;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>
/// Makes links and list items for one page. Every href is relative to the page (Root is "" at the top
/// and "../" one folder down) and names a file, so the site works from disk and under any sub-path.
/// </summary>
public sealed class PageContext(ResolvedDossier dossier, string root)
{
    public ResolvedDossier Dossier { get; } = dossier;
    public Content Content => Dossier.Content;
    public string Root { get; } = root;

    public static PageContext AtTop(ResolvedDossier dossier) => new(dossier, "");
    public static PageContext InFolder(ResolvedDossier dossier) => new(dossier, "../");

    public string Href(string sitePath) => Root + sitePath;

    /// <summary>The absolute address where base_url is known (feeds, JSON-LD, canonical links); otherwise the relative one.</summary>
    public string Url(string sitePath) => Content.Site.BaseUrl is { } baseUrl ? Absolute(baseUrl, sitePath) : Href(sitePath);

    public static string Absolute(string baseUrl, string sitePath) => baseUrl.TrimEnd('/') + "/" + sitePath;

    public Link Home() => new("Home", Href(Routes.Home));
    public Link Index(string folder, string title) => new(title, Href(Routes.Index(folder)));

    public Link Actor(string id) => new(Content.ActorsById.TryGetValue(id, out var a) ? a.Name : id, Href(Routes.Actor(id)));
    public Link Event(string id) => new(Content.EventsById.TryGetValue(id, out var e) ? e.Title : id, Href(Routes.Event(id)));
    public Link Outlet(string id) => new(Content.OutletsById.TryGetValue(id, out var o) ? o.Name : id, Href(Routes.Outlet(id)));
    public Link Article(string id) => new(Content.ArticlesById.TryGetValue(id, out var a) ? a.Title : id, Href(Routes.Article(id)));
    public Link Quote(string id) => new(Content.QuotesById.TryGetValue(id, out var q) ? Shorten(q.Text, 90) : id, Href(Routes.Quote(id)));
    public Link Claim(string id) => new(Content.ClaimsById.TryGetValue(id, out var c) ? c.Question : id, Href(Routes.Claim(id)));

    public Link? Actor(Ref? reference) => reference is null ? null : Actor(reference.Id);
    public Link? Event(Ref? reference) => reference is null ? null : Event(reference.Id);
    public Link? Outlet(Ref? reference) => reference is null ? null : Outlet(reference.Id);
    public Link? Article(Ref? reference) => reference is null ? null : Article(reference.Id);

    public QuoteItem QuoteItem(Quote quote) => new(
        Quote(quote.Id),
        quote.Text,
        Actor(quote.Speaker.Id),
        quote.Said?.Display,
        quote.Reported
            .Select(r => Content.ArticlesById.TryGetValue(r.Article.Id, out var a) ? a.Outlet.Id : null)
            .OfType<string>()
            .Distinct()
            .Select(Outlet)
            .ToArray());

    public ArticleItem ArticleItem(Article article, string? note = null) =>
        new(Article(article.Id), Outlet(article.Outlet.Id), article.Published?.Display, note);

    public EventItem EventItem(Event @event) => new(Event(@event.Id), DateOf(@event), @event.Place);

    public static string DateOf(Event @event) =>
        @event.End is { } end ? $"{@event.Date.Display} – {end.Display}" : @event.Date.Display;

    /// <summary>Bars for a chart: each count as a percentage of the largest.</summary>
    public static IReadOnlyList<CountedLink> Bars(IEnumerable<(Link Link, int Count)> counts)
    {
        var list = counts.ToArray();
        var max = list.Length == 0 ? 1 : Math.Max(1, list.Max(c => c.Count));
        return list.Select(c => new CountedLink(c.Link, c.Count, (int)Math.Round(100.0 * c.Count / max))).ToArray();
    }

    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':') + "…";
    }
}
