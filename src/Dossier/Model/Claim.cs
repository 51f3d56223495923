using Dossier.Diagnostics;
using Dossier.Model.Schema;

namespace Dossier.Model;

/// <summary>A question on which the sources disagree, with each answer and who gave it.</summary>
public sealed class Claim(string id, object?[] values, SourceSpan span) : Entity(id, values, span)
{
    public static class Keys
    {
        public static readonly Key<string?> Question = Key.Text("question", "what the sources disagree on, e.g. How many US personnel were hurt?", required: true);
        public static readonly ReferenceKey<Event> Event = Key.Reference<Event>("event", "event id it concerns");
        public static readonly Key<string?> Summary = Key.Markdown("summary", "Markdown: the disagreement in a sentence or two");
        public static readonly ItemsKey<Answer> Answers = Key.Items("answers", Answer.Definition, "at least two, one entry per answer, each with everyone who gave it",
            minimum: 2, tooFew: ("A contested claim needs at least two entries under 'answers'.", "Add one '- answer: ...' entry for each answer, with who gave it and the article and passage that report it."));
    }

    public static readonly EntityKind<Claim> Definition = new(
        "claim", "claims", "Contested claims", "Questions on which the sources disagree.", order: 50,
        [Keys.Question, Keys.Event, Keys.Summary, Keys.Answers],
        (id, values, span) => new Claim(id, values, span),
        linkText: c => c.Question,
        search: c => new SearchEntry(c.Question, $"{c.Answers.Count} answers", string.Join(" ", c.Answers.Select(a => a.Statement))))
    {
        Description = "A question the sources answer differently, with each answer, who gave it and where it is reported.",
        Short = "Claims",
    };

    public override EntityKind EntityKind => Definition;

    public string Question => Get(Keys.Question) ?? Id;
    public Ref<Event>? Event => Get(Keys.Event);
    public string? Summary => Get(Keys.Summary);
    public IReadOnlyList<Answer> Answers => Get(Keys.Answers);
}

/// <summary>One answer to a contested claim, and everyone who gave it.</summary>
public sealed class Answer(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly Key<string?> Statement = Key.Text("answer", "the short answer, e.g. None", required: true);
        public static readonly ItemsKey<Claimant> Claimants = Key.Items("claimants", Claimant.Definition, "who gave this answer, one entry each, with where it is reported",
            minimum: 1, tooFew: ("An answer needs at least one entry under 'claimants'.", "Add '- article: <article id>' with the passage under 'text' (and 'actor' where the text says who)."));
    }

    public static readonly ItemShape<Answer> Definition = new([Keys.Statement, Keys.Claimants], (values, span) => new Answer(values, span));

    public string Statement => Get(Keys.Statement) ?? "";
    public IReadOnlyList<Claimant> Claimants => Get(Keys.Claimants);
}

/// <summary>Who gave an answer, and the passage of the article that reports it.</summary>
public sealed class Claimant(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly ReferenceKey<Actor> Actor = Key.Reference<Actor>("actor", "actor id of who says so, where the text says who");
        public static readonly ReferenceKey<Article> Article = Key.Reference<Article>("article", "article id where it is reported", required: true);
        public static readonly Key<Located<string>?> Text = Key.LocatedText("text", "the passage of that article that states it, exactly as printed", required: true);
        public static readonly ReferencesKey<Outlet> Through = Key.References<Outlet>("through", "outlet ids the article says it took this from, the nearest to the claimant first");
    }

    public static readonly ItemShape<Claimant> Definition = new([Keys.Actor, Keys.Article, Keys.Text, Keys.Through], (values, span) => new Claimant(values, span));

    public Ref<Actor>? Actor => Get(Keys.Actor);
    public Ref<Article> Article => Get(Keys.Article)!;
    public Located<string> Text => Get(Keys.Text) ?? new Located<string>("", Span);
    public IReadOnlyList<Ref<Outlet>> Through => Get(Keys.Through);
}
