namespace Dossier.Synth.Model;

/// <summary>An article while it is being generated: metadata first, then its text, then where its text is stored.</summary>
public sealed class SynthArticle(string id, string title, string outlet, DateOnly published, IReadOnlyList<string> events)
{
    public string Id { get; } = id;
    public string Title { get; } = title;
    public string Outlet { get; } = outlet;
    public DateOnly Published { get; } = published;
    public IReadOnlyList<string> Events { get; } = events;

    /// <summary>Set for a repost: the article whose text this one carries.</summary>
    public SynthOriginal? Original { get; init; }

    /// <summary>The quotes this article prints, each with the wording as printed (straight or curly apostrophes).</summary>
    public List<(SynthQuote Quote, string Printed)> Quotes { get; } = [];

    /// <summary>The reading lines of the article (title, paragraphs, headings, boilerplate), without blank lines.</summary>
    public List<string> Lines { get; } = [];

    public List<string> Headings { get; } = [];
    public List<string> Drop { get; } = [];

    /// <summary>Plain sentences of the text, from which claims take their passages.</summary>
    public List<string> Sentences { get; } = [];

    public string Source { get; set; } = "";
    public SynthExcerpt? Excerpt { get; set; }
}
