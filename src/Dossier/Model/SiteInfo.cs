using Dossier.Diagnostics;
using Dossier.Model.Schema;

namespace Dossier.Model;

/// <summary>content/dossier.yml: what the whole dossier is about.</summary>
public sealed class SiteInfo(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly Key<string?> Title = Key.Text("title", "the dossier's title, shown on every page", required: true);
        public static readonly Key<string?> Subtitle = Key.Text("subtitle", "a line under the title");
        public static readonly Key<string?> Summary = Key.Markdown("summary", "Markdown: the briefing shown on the home page");
        public static readonly Key<string?> Language = Key.Text("language", "the language of the texts, e.g. en (the default)");
        public static readonly Key<string?> BaseUrl = Key.Url("base_url", "the https:// address the site is published at, for feeds and sitemaps");
        public static readonly Key<int?> FeedEntries = Key.Integer("feed_entries", $"how many of the latest articles feed.xml carries: at least 1, and {DefaultFeedEntries} if left out", minimum: 1);
        public static readonly Key<string?> Notes = Key.Markdown("notes", "Markdown: editors' notes, not shown to readers");
    }

    public static readonly ItemShape<SiteInfo> Definition = new(
        [Keys.Title, Keys.Subtitle, Keys.Summary, Keys.Language, Keys.BaseUrl, Keys.FeedEntries, Keys.Notes],
        (values, span) => new SiteInfo(values, span));

    /// <summary>What a dossier without its dossier.yml is called, so that the rest can still be checked.</summary>
    public static SiteInfo Fallback(SourceSpan span) => new(["Dossier", null, null, null, null, null, null], span);

    /// <summary>How many articles the feed carries where dossier.yml does not say: a reader's feed wants the news, not the archive.</summary>
    public const int DefaultFeedEntries = 50;

    public string Title => Get(Keys.Title) ?? "Dossier";
    public string? Subtitle => Get(Keys.Subtitle);
    public string? Summary => Get(Keys.Summary);
    public string Language => Get(Keys.Language) ?? "en";
    public string? Notes => Get(Keys.Notes);
    public string? BaseUrl => Get(Keys.BaseUrl);
    public int FeedEntries => Get(Keys.FeedEntries) ?? DefaultFeedEntries;

    /// <summary>The same dossier published at another address: the command line's base URL wins over the file's.</summary>
    public SiteInfo WithBaseUrl(string baseUrl) => new(ValuesWith(Keys.BaseUrl, baseUrl.TrimEnd('/') + "/"), Span);
}
