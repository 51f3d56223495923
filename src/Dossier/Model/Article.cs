using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Model;

/// <summary>A published piece: its facts, and where its text is in seeds/.</summary>
public sealed class Article(string id, object?[] values, SourceSpan span) : Entity(id, values, span)
{
    public static class Keys
    {
        public static readonly Key<string?> Title = Key.Text("title", "as printed; where the text has none, a short title in [square brackets]", required: true);
        public static readonly ReferenceKey<Outlet> Outlet = Key.Reference<Outlet>("outlet", "outlet id of who published this text", required: true);
        public static readonly Key<PartialDate?> Published = Key.Date("published", "date of publication as the text gives it");
        public static readonly Key<Located<string>?> Source = Key.LocatedText("source", "file name of the text in seeds/, e.g. 005_new-article.txt", required: true, pattern: "^[^/\\\\]+$");
        public static readonly Key<Excerpt?> Excerpt = Key.Item("excerpt", Model.Excerpt.Definition, "only for a seed holding several pieces");
        public static readonly Key<Original?> Original = Key.Item("original", Model.Original.Definition, "only for a repost or syndication");
        public static readonly Key<string?> Byline = Key.Text("byline", "the author, only as printed");
        public static readonly Key<string?> Url = Key.Url("url", "its https:// address, only as printed");
        public static readonly ReferencesKey<Event> Events = Key.References<Event>("events", "event ids the article reports");
        public static readonly Key<IReadOnlyList<Located<string>>> Headings = Key.Texts("headings", "whole lines of the text that are sub-headings");
        public static readonly Key<IReadOnlyList<Located<string>>> Drop = Key.Texts("drop", "whole lines to keep out of the reading text (share buttons, \"Posted by\", \"Read More\")");
    }

    public static readonly EntityKind<Article> Definition = new(
        "article", "articles", "Articles", "The source texts, by date of publication.", order: 60,
        [Keys.Title, Keys.Outlet, Keys.Published, Keys.Source, Keys.Excerpt, Keys.Original, Keys.Byline, Keys.Url, Keys.Events, Keys.Headings, Keys.Drop],
        (id, values, span) => new Article(id, values, span),
        linkText: a => a.Title,
        search: a => new SearchEntry(a.Title, Plain.Join(" · ", a.Outlet.Resolved?.Name, a.Published?.Display), a.Byline))
    {
        Description = "One published text, read from a file in seeds/.",
        OrderKey = a => ((a.Published?.Start ?? DateOnly.MaxValue).DayNumber, 0),
    };

    public override EntityKind EntityKind => Definition;

    public string Title => Get(Keys.Title) ?? Id;

    /// <summary>A title in [brackets] is the editors': the text has none.</summary>
    public bool TitleSupplied => Title.StartsWith('[') && Title.EndsWith(']');
    public Ref<Outlet> Outlet => Get(Keys.Outlet)!;
    public PartialDate? Published => Get(Keys.Published);
    public Located<string> Source => Get(Keys.Source) ?? new Located<string>("", Span);
    public Excerpt? Excerpt => Get(Keys.Excerpt);
    public Original? Original => Get(Keys.Original);
    public string? Byline => Get(Keys.Byline);
    public string? Url => Get(Keys.Url);
    public IReadOnlyList<Ref<Event>> Events => Get(Keys.Events);
    public IReadOnlyList<Located<string>> Headings => Get(Keys.Headings);
    public IReadOnlyList<Located<string>> Drop => Get(Keys.Drop);
}

/// <summary>Text anchors that cut one piece out of a seed holding several.</summary>
public sealed class Excerpt(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly Key<Located<string>?> Start = Key.LocatedText("start", "words from the line where the piece starts, exactly as in the text", required: true);
        public static readonly Key<Located<string>?> End = Key.LocatedText("end", "words from the line where it ends (leave out to read to the end of the file)");
    }

    public static readonly ItemShape<Excerpt> Definition = new([Keys.Start, Keys.End], (values, span) => new Excerpt(values, span));

    public Located<string> Start => Get(Keys.Start) ?? new Located<string>("", Span);
    public Located<string>? End => Get(Keys.End);
}

/// <summary>Where a repost or syndicated piece first appeared.</summary>
public sealed class Original(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly ReferenceKey<Outlet> Outlet = Key.Reference<Outlet>("outlet", "outlet id of who first published it");
        public static readonly ReferenceKey<Article> Article = Key.Reference<Article>("article", "article id of the original, where it is in the dossier");
        public static readonly Key<string?> Note = Key.Text("note", "e.g. Republished from Fars News Agency");
    }

    public static readonly ItemShape<Original> Definition = new([Keys.Outlet, Keys.Article, Keys.Note], (values, span) => new Original(values, span));

    public Ref<Outlet>? Outlet => Get(Keys.Outlet);
    public Ref<Article>? Article => Get(Keys.Article);
    public string? Note => Get(Keys.Note);
}
