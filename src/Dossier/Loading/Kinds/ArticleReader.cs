using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class ArticleReader
{
    public static readonly IReadOnlyList<string> Keys =
        ["title", "outlet", "published", "source", "excerpt", "original", "byline", "url", "events", "headings", "drop"];
    public static readonly IReadOnlyList<string> ExcerptKeys = ["start", "end"];
    public static readonly IReadOnlyList<string> OriginalKeys = ["outlet", "article", "note"];

    public static Article Read(MappingReader yaml, string id) => new(
        Id: id,
        Title: yaml.RequiredText("title", id),
        Outlet: yaml.RequiredReference("outlet"),
        Published: yaml.Date("published"),
        Source: yaml.RequiredLocatedText("source", ""),
        Excerpt: yaml.Mapping("excerpt", ExcerptKeys, e => new Excerpt(e.RequiredLocatedText("start", ""), e.LocatedText("end"))),
        Original: yaml.Mapping("original", OriginalKeys, o => new Original(o.Reference("outlet"), o.Reference("article"), o.Text("note"))),
        Byline: yaml.Text("byline"),
        Url: yaml.Url("url"),
        Events: yaml.ReferenceList("events"),
        Headings: yaml.TextList("headings"),
        Drop: yaml.TextList("drop"),
        Span: yaml.Span());
}
