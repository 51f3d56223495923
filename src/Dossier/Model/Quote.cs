using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Model;

/// <summary>One statement, however many outlets carried it, each report with its own wording.</summary>
public sealed class Quote(string id, object?[] values, SourceSpan span) : Entity(id, values, span)
{
    public static class Keys
    {
        public static readonly ReferenceKey<Actor> Speaker = Key.Reference<Actor>("speaker", "actor id of who said it", required: true);
        public static readonly ReferenceKey<Actor> Via = Key.Reference<Actor>("via", "actor id of the office or spokesperson that issued it on the speaker's behalf, e.g. a prime minister's office");
        public static readonly Key<Located<string>?> Text = Key.LocatedText("text", "the wording, in double quotes if it contains ': ' or a quotation mark", required: true);
        public static readonly Key<PartialDate?> Said = Key.Date("said", "date it was said");
        public static readonly Key<string?> Occasion = Key.Text("occasion", "tweet, press briefing, interview with ILNA, ...");
        public static readonly ReferenceKey<Event> Event = Key.Reference<Event>("event", "event id it was said at or about");
        public static readonly ReferencesKey<Actor> About = Key.References<Actor>("about", "actor ids of who it is about");
        public static readonly ItemsKey<Report> Reported = Key.Items("reported", Report.Definition, "one entry per article that carries the quote (two where an article prints it twice)",
            minimum: 1, tooFew: ("A quote needs at least one entry under 'reported'.", "Add '- article: <article id>' for each article that carries the quote."));
    }

    public static readonly EntityKind<Quote> Definition = new(
        "quote", "quotes", "Quotes", "Every curated quotation, by speaker. One statement reported by several outlets is one quote.", order: 40,
        [Keys.Speaker, Keys.Via, Keys.Text, Keys.Said, Keys.Occasion, Keys.Event, Keys.About, Keys.Reported],
        (id, values, span) => new Quote(id, values, span),
        linkText: q => Plain.Shorten(q.Text, 90),
        search: q => new SearchEntry(q.Text, Plain.Join(" · ", q.Speaker.Resolved?.Name, q.Said?.Display),
            Plain.Join(" ", q.Reported.Select(r => r.Text?.Value).Append(q.Occasion))))
    {
        Description = "One statement, with every article that reported it. Every reported wording must be found in its article's text (quotes, dashes and spacing may differ, nothing else).",
        OrderKey = q => ((q.Said?.Start ?? DateOnly.MaxValue).DayNumber, 0),
    };

    public override EntityKind EntityKind => Definition;

    public Ref<Actor> Speaker => Get(Keys.Speaker)!;
    public Ref<Actor>? Via => Get(Keys.Via);
    public string Text => Get(Keys.Text)?.Value ?? "";
    public Located<string> LocatedText => Get(Keys.Text) ?? new Located<string>("", Span);
    public PartialDate? Said => Get(Keys.Said);
    public string? Occasion => Get(Keys.Occasion);
    public Ref<Event>? Event => Get(Keys.Event);
    public IReadOnlyList<Ref<Actor>> About => Get(Keys.About);
    public IReadOnlyList<Report> Reported => Get(Keys.Reported);

    /// <summary>Which of this quote's reports in the same article <paramref name="report"/> is, from 1: an article may print a statement twice.</summary>
    public int Occurrence(Report report)
    {
        var occurrence = 0;
        foreach (var other in Reported)
        {
            if (other.Article.Id == report.Article.Id) occurrence++;
            if (ReferenceEquals(other, report)) return occurrence;
        }
        throw new ArgumentException("The report is not one of this quote's.", nameof(report));
    }
}

/// <summary>One article carrying a quote; Text is the wording as printed there when it differs from the canonical one.</summary>
public sealed class Report(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly ReferenceKey<Article> Article = Key.Reference<Article>("article", "article id", required: true);
        public static readonly Key<Located<string>?> Text = Key.LocatedText("text", "the wording as printed there, only where it differs from 'text' above");
        public static readonly ReferencesKey<Outlet> Through = Key.References<Outlet>("through",
            "outlet ids the article says it took the quotation from, the nearest to the speaker first, e.g. [tasnim] for \"according to Tasnim\"");
    }

    public static readonly ItemShape<Report> Definition = new([Keys.Article, Keys.Text, Keys.Through], (values, span) => new Report(values, span));

    public Ref<Article> Article => Get(Keys.Article)!;
    public Located<string>? Text => Get(Keys.Text);
    public IReadOnlyList<Ref<Outlet>> Through => Get(Keys.Through);
}
