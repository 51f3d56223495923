using System.Globalization;
using System.Text;
using Dossier.Drafting;
using Dossier.Model;
using Dossier.Model.Schema;
using A = Dossier.Model.Article.Keys;
using Q = Dossier.Model.Quote.Keys;

namespace Dossier.Editing;

/// <summary>
/// A draft as the files an editor reviews: one YAML file per proposed article, quote, actor and outlet, in exactly the
/// shape content/ expects, opening with comments that give the evidence; and, for a quotation of a statement the
/// dossier already has, a "&lt;quote id&gt;.add.yml" holding only the `reported` entries to add to that quote's file.
/// Values the text does not give are TODO fields (see <see cref="DraftTodo"/>), so `check` refuses them until filled.
/// </summary>
public static class DraftFiles
{
    public static IReadOnlyList<DraftFile> For(Draft draft, Content known)
    {
        var sources = draft.Articles.ToDictionary(a => a.Id, a => a.Source, StringComparer.Ordinal);
        var ids = DraftQuoteIds.Assign(draft, known);
        var files = new List<DraftFile>();
        files.AddRange(draft.Articles.Select(Article));
        var quotes = draft.Quotes.Select((quote, i) => (Quote: quote, Id: ids[i])).ToArray();
        files.AddRange(quotes.Where(q => q.Quote.Joins is null).Select(q => Quote(q.Quote, q.Id, sources)));
        files.AddRange(quotes.Where(q => q.Quote.Joins is not null).GroupBy(q => q.Id, StringComparer.Ordinal)
            .Select(g => Addition(g.Key, g.Select(q => q.Quote).ToArray(), known, sources)));
        files.AddRange(draft.Actors.Select(Actor));
        files.AddRange(draft.Outlets.Select(o => Outlet(o, draft)));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    private static DraftFile Article(ArticleProposal article)
    {
        var text = Opening(Model.Article.Definition, article.Source);
        foreach (var evidence in article.Evidence) Evidence(text, evidence, article.Source);
        text.Append(article.Title is { } title ? $"{A.Title.Name}: {YamlScalar.Write(title)}\n"
            : DraftTodo.Line(A.Title.Name, "the text has no headline: write a short one in [square brackets], in double quotes", empty: true) + "\n");
        text.Append(article.Outlet is { } outlet ? $"{A.Outlet.Name}: {outlet}\n"
            : DraftTodo.Line(A.Outlet.Name, "the id of the outlet that published it (in content/outlets/ or drafts/outlets/)") + "\n");
        text.Append(article.Published is { } published ? $"{A.Published.Name}: {published.Iso}\n"
            : DraftTodo.Line(A.Published.Name, "the date of publication (YYYY-MM-DD, YYYY-MM or YYYY), or delete the line if nothing establishes it") + "\n");
        text.Append($"{A.Source.Name}: {YamlScalar.Write(article.Source)}\n");
        if (article.ExcerptStart is { } start)
        {
            text.Append($"{A.Excerpt.Name}:\n  {Excerpt.Keys.Start.Name}: {YamlScalar.Write(start)}\n");
            if (article.ExcerptEnd is { } end) text.Append($"  {Excerpt.Keys.End.Name}: {YamlScalar.Write(end)}\n");
        }
        if (article.Byline is { } byline) text.Append($"{A.Byline.Name}: {YamlScalar.Write(byline)}\n");
        text.Append(DraftTodo.Line(A.Events.Name, "the ids of the events it reports (content/events/), or delete the line", list: true)).Append('\n');
        List(text, A.Headings.Name, article.Headings);
        List(text, A.Drop.Name, article.Drop);
        return new DraftFile(PathOf(Model.Article.Definition, article.Id), text.ToString());
    }

    private static DraftFile Quote(QuoteProposal quote, string id, IReadOnlyDictionary<string, string> sources)
    {
        var source = sources.GetValueOrDefault(quote.Article);
        var text = Opening(Model.Quote.Definition, source);
        Evidence(text, quote.Evidence, source);
        if (quote.Speaker.Name is { } name) text.Append($"# The text names the speaker: {name}\n");
        text.Append(quote.Speaker.Actor is { } actor ? $"{Q.Speaker.Name}: {actor}\n"
            : DraftTodo.Line(Q.Speaker.Name, quote.Speaker.Name is { } named
                ? $"the actor id of {named} (create it with `new actor` if the dossier has none)"
                : "the actor id of who said it; the text does not say, so check the article (delete this file if nobody can tell)") + "\n");
        text.Append($"{Q.Text.Name}: {YamlScalar.Write(quote.Text)}\n");
        text.Append(quote.Said is { } said ? $"{Q.Said.Name}: {said.Iso}\n"
            : DraftTodo.Line(Q.Said.Name, "the date it was said (YYYY-MM-DD, YYYY-MM or YYYY), or delete the line if the texts do not say") + "\n");
        text.Append(DraftTodo.Line(Q.Event.Name, "the id of the event it was said at or about (content/events/), or delete the line")).Append('\n');
        text.Append($"{Q.Reported.Name}:\n  - {Report.Keys.Article.Name}: {quote.Article}\n");
        return new DraftFile(PathOf(Model.Quote.Definition, id), text.ToString());
    }

    /// <summary>The entries to add to an existing quote's `reported` list, as <see cref="DraftApply"/> inserts them.</summary>
    private static DraftFile Addition(string id, IReadOnlyList<QuoteProposal> quotes, Content known, IReadOnlyDictionary<string, string> sources)
    {
        var canonical = known.All<Quote>().FirstOrDefault(q => q.Id == id)?.Text;
        var target = $"content/{Model.Quote.Definition.Folder}/{id}.yml";
        var text = new StringBuilder();
        text.Append($"# New reports of the quote in {target}: the same statement, in {string.Join(", ", quotes.Select(q => q.Article).Distinct())}.\n");
        text.Append($"# `dossier draft --apply` adds the entries below at the end of its `reported` list and changes nothing else in it\n");
        text.Append("# (or copy them there yourself). Delete this file to reject them.\n");
        foreach (var quote in quotes) Evidence(text, quote.Evidence, sources.GetValueOrDefault(quote.Article));
        foreach (var quote in quotes)
        {
            text.Append($"  - {Report.Keys.Article.Name}: {quote.Article}\n");
            // A report gives its own wording only where it differs from the canonical one (see Report.Keys.Text).
            if (!string.Equals(quote.Text, canonical, StringComparison.Ordinal)) text.Append($"    {Report.Keys.Text.Name}: {YamlScalar.Write(quote.Text)}\n");
        }
        return new DraftFile($"{Model.Quote.Definition.Folder}/{id}{DraftFile.AdditionSuffix}", text.ToString());
    }

    private static DraftFile Actor(ActorProposal actor)
    {
        var text = Opening(Model.Actor.Definition, actor.Source);
        Evidence(text, actor.Evidence, actor.Source);
        text.Append($"{Model.Actor.Keys.Name.Name}: {YamlScalar.Write(actor.Name)}\n");
        var kind = actor.Kind.ToString().ToLowerInvariant();
        // Below one half the draft's guess is more likely wrong than right (see Evidence.Confidence): an editor decides.
        text.Append(actor.Evidence.Confidence >= 0.5 ? $"{Model.Actor.Keys.Kind.Name}: {kind}\n"
            : DraftTodo.Line(Model.Actor.Keys.Kind.Name, $"person, organization, state or group (the draft guessed {kind})") + "\n");
        return new DraftFile(PathOf(Model.Actor.Definition, actor.Id), text.ToString());
    }

    private static DraftFile Outlet(OutletProposal outlet, Draft draft)
    {
        // An outlet's evidence stands in the seed of an article it published, where there is one.
        var source = draft.Articles.FirstOrDefault(a => a.Outlet == outlet.Id)?.Source;
        var text = Opening(Model.Outlet.Definition, source);
        Evidence(text, outlet.Evidence, source);
        text.Append($"{Model.Outlet.Keys.Name.Name}: {YamlScalar.Write(outlet.Name)}\n");
        if (outlet.Homepage is { } homepage) text.Append($"{Model.Outlet.Keys.Homepage.Name}: {YamlScalar.Write(homepage)}\n");
        return new DraftFile(PathOf(Model.Outlet.Definition, outlet.Id), text.ToString());
    }

    private static string PathOf(EntityKind kind, string id) => $"{kind.Folder}/{id}.yml";

    private static StringBuilder Opening(EntityKind kind, string? source)
    {
        var text = new StringBuilder();
        text.Append(StarterFiles.SchemaComment(kind)).Append('\n');
        text.Append($"# Drafted by `dossier draft`{(source is null ? "" : $" from seeds/{source}")}: check every value against the text, fill in each TODO,\n");
        text.Append($"# then `dossier draft --apply` moves this file to content/{kind.Folder}/. Delete it to reject it.\n");
        return text;
    }

    /// <summary>One comment line, with the place in MSBuild's clickable form: seeds/x.txt(12,5).</summary>
    private static void Evidence(StringBuilder text, Evidence evidence, string? source)
    {
        var at = source is null ? $"line {evidence.Line}, column {evidence.Column}" : $"seeds/{source}({evidence.Line},{evidence.Column})";
        var confidence = evidence.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        text.Append($"# Evidence: \"{OneLine(evidence.Cue)}\" (rule {evidence.Rule}, confidence {confidence}) at {at}\n");
    }

    private static void List(StringBuilder text, string key, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        text.Append($"{key}:\n");
        foreach (var line in lines) text.Append($"  - {YamlScalar.Write(line)}\n");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
