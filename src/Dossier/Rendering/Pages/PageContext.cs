using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>
/// Makes links and list items for one page. Every href is relative to the page (Root is "" at the top
/// and "../" one folder down) and names a file, so the site works from disk and under any sub-path.
/// </summary>
public sealed class PageContext(ResolvedDossier dossier, string root)
{
    public ResolvedDossier Dossier { get; } = dossier;
    public string Root { get; } = root;

    public static PageContext AtTop(ResolvedDossier dossier) => new(dossier, "");
    public static PageContext InFolder(ResolvedDossier dossier) => new(dossier, "../");

    public string Href(string sitePath) => Root + sitePath;

    /// <summary>The absolute address where base_url is known (feeds, JSON-LD, canonical links); otherwise the relative one.</summary>
    public string Url(string sitePath) => Dossier.Site.BaseUrl is { } baseUrl ? Absolute(baseUrl, sitePath) : Href(sitePath);

    public static string Absolute(string baseUrl, string sitePath) => baseUrl.TrimEnd('/') + "/" + sitePath;

    public Link Home() => new("Home", Href(Routes.Home));

    public Link Index(EntityKind kind) => new(kind.Title, Href(kind.IndexRoute));

    public Link Link(Entity entity) => new(entity.LinkText, entity.RouteFrom(Root));

    public Link? Link(Ref? reference) => reference?.Named is { } entity ? Link(entity) : null;

    public IReadOnlyList<Link> Links(IEnumerable<Entity> entities) => entities.Select(Link).ToArray();

    public IReadOnlyList<Link> Links<T>(IEnumerable<Ref<T>> references) where T : Entity => references.Select(r => Link(r.Target)).ToArray();

    public QuoteItem QuoteItem(Quote quote) => new(
        Link(quote),
        quote.Text,
        Link(quote.Speaker.Target),
        Link(quote.Via),
        quote.Said?.Display,
        quote.Reported.Select(r => r.Article.Target.Outlet.Target).Distinct().Select(Link).ToArray());

    public ArticleItem ArticleItem(Article article, string? note = null) =>
        new(Link(article), Link(article.Outlet.Target), article.Published?.Display, note);

    /// <summary>
    /// The outlets a quotation passed through on its way into <paramref name="article"/>, nearest to the speaker first:
    /// those the article says it took it from, then the outlet whose piece the article reposts.
    /// </summary>
    public IReadOnlyList<Link> Chain(IReadOnlyList<Ref<Outlet>> through, Article article)
    {
        var outlets = through.Select(t => t.Target).ToList();
        if (article.Original?.Outlet?.Target is { } original && original != article.Outlet.Target && !outlets.Contains(original)) outlets.Add(original);
        return Links(outlets);
    }

    public EventItem EventItem(Event @event) => new(Link(@event), @event.When, Links(@event.Places));

    /// <summary>Bars for a chart: each count as a percentage of the largest.</summary>
    public static IReadOnlyList<CountedLink> Bars(IEnumerable<(Link Link, int Count)> counts)
    {
        var list = counts.ToArray();
        var max = list.Length == 0 ? 1 : Math.Max(1, list.Max(c => c.Count));
        return list.Select(c => new CountedLink(c.Link, c.Count, (int)Math.Round(100.0 * c.Count / max))).ToArray();
    }
}
