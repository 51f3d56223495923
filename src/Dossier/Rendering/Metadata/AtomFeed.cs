using System.Xml.Linq;
using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Text;

namespace Dossier.Rendering.Metadata;

/// <summary>
/// feed.xml (Atom): one entry for each of the latest articles (dossier.yml's feed_entries, 50 if it does not say),
/// newest first, with stable ids (the article's address).
/// Dates come from the content, never the clock, so the feed changes only when the dossier does.
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The date of the newest of these articles, or 1 January 2000 where none is dated: the date a dossier's files
    /// carry (the feed's, the EPUB's and the archive's entries') instead of the clock's.
    /// </summary>
    public static DateOnly Newest(IEnumerable<Article> articles) =>
        articles.Select(a => a.Published?.End).Where(d => d is not null).Max() ?? new DateOnly(2000, 1, 1);

    public static OutputFile Build(Content content, string baseUrl)
    {
        var articles = content.All<Article>()
            .OrderByDescending(a => a.Published?.Start ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(content.Site.FeedEntries)
            .ToArray();
        var newest = Newest(articles);
        string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd") + "T00:00:00Z";

        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", content.Site.Title),
            content.Site.Subtitle is { } subtitle ? new XElement(Atom + "subtitle", subtitle) : null,
            new XElement(Atom + "id", PageContext.Absolute(baseUrl, Routes.Feed)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", PageContext.Absolute(baseUrl, Routes.Feed))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", PageContext.Absolute(baseUrl, Routes.Home))),
            new XElement(Atom + "updated", Stamp(newest)),
            new XElement(Atom + "author", new XElement(Atom + "name", content.Site.Title)),
            articles.Select(article =>
            {
                var url = PageContext.Absolute(baseUrl, article.Route);
                var outlet = article.Outlet.Target.Name;
                var first = content.TextOf(article) is { } text ? text.Paragraphs.FirstOrDefault(p => !p.IsHeading)?.Text : null;
                return new XElement(Atom + "entry",
                    new XElement(Atom + "title", article.Title),
                    new XElement(Atom + "id", url),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", url)),
                    new XElement(Atom + "updated", Stamp(article.Published?.Start ?? newest)),
                    article.Published is { } published ? new XElement(Atom + "published", Stamp(published.Start)) : null,
                    new XElement(Atom + "author", new XElement(Atom + "name", article.Byline ?? outlet)),
                    new XElement(Atom + "summary", first is null ? outlet : $"{outlet}: {Plain.Shorten(first, 300)}"));
            }));
        return new OutputFile(Routes.Feed, Xml.ToBytes(new XDocument(new XDeclaration("1.0", "utf-8", null), feed)));
    }
}
