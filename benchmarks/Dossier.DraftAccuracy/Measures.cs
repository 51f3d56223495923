using System.Globalization;
using Dossier.Drafting;
using Dossier.Model;

namespace Dossier.DraftAccuracy;

/// <summary>The four figures and the misses behind them.</summary>
public sealed class Measures
{
    private readonly List<string> _lines = [];

    public static Measures Run(Curated curated, Draft draft, Content content, IReadOnlyList<SeedFile> seeds)
    {
        var measures = new Measures();
        var reports = curated.Reports;
        var found = 0;
        var rightSpeaker = 0;
        var datedRight = 0;
        var dated = 0;
        measures._lines.Add("== Curated quotations not found");
        var wrong = new List<string>();
        foreach (var report in reports)
        {
            var matches = Overlapping(curated, draft.Quotes, report).OrderByDescending(q => q.Evidence.Confidence).ToList();
            if (matches.Count == 0)
            {
                measures._lines.Add($"  {report.Article.Source.Value}({report.Line}) {report.Quote!.Id}: “{Short(report.Wording)}”");
                continue;
            }
            found++;
            var quote = report.Quote!;
            if (quote.Said is { Day: not null } said)
            {
                dated++;
                if (matches.Any(m => m.Said == said)) datedRight++;
            }
            if (matches.Any(m => Curated.NameFits(m.Speaker.Name, quote.Speaker.Resolved) || Curated.NameFits(m.Speaker.Name, quote.Via?.Resolved))) rightSpeaker++;
            else
            {
                var best = matches[0];
                wrong.Add($"  {report.Article.Source.Value}({report.Line}) {quote.Id}: proposed {best.Speaker.Name ?? "(none)"} by {best.Evidence.Rule} [{best.Evidence.Cue}], curated {quote.Speaker.Resolved?.Name}");
            }
        }
        measures._lines.Add("== Found with the wrong speaker");
        measures._lines.AddRange(wrong);

        var confident = draft.Quotes.Where(q => q.Evidence.Confidence >= 0.5).ToList();
        measures._lines.Add("== Confident proposals (>= 0.5) that are not curated");
        var curatedProposals = 0;
        foreach (var proposal in confident)
        {
            var source = draft.Articles.First(a => a.Id == proposal.Article).Source;
            var article = curated.ArticleAt(source, proposal.Evidence.Line);
            var isCurated = curated.Reports.Concat(curated.Claims).Any(c => c.Article == article && Curated.Overlap(c.Wording, proposal.Text));
            if (isCurated) curatedProposals++;
            else measures._lines.Add($"  {source}({proposal.Evidence.Line},{proposal.Evidence.Column}) {proposal.Evidence.Confidence:0.00} {proposal.Evidence.Rule}: “{Short(proposal.Text)}”");
        }

        var (joinsFound, joinsExpected) = Joins(curated, content, seeds, measures._lines);

        var lowCount = draft.Quotes.Count - confident.Count;
        measures._lines.Insert(0, string.Join('\n',
            $"Proposals: {draft.Articles.Count} articles, {draft.Quotes.Count} quotations ({confident.Count} with confidence >= 0.5, {lowCount} below), {draft.Actors.Count} actors, {draft.Outlets.Count} outlets",
            $"Curated quotations found:        {Share(found, reports.Count)}",
            $"  of those, with the right speaker: {Share(rightSpeaker, found)}",
            $"Confident proposals curated:     {Share(curatedProposals, confident.Count)}",
            $"Joins found (leave one out):     {Share(joinsFound, joinsExpected)}",
            $"(also) day said, where curated to the day: {Share(datedRight, dated)}; articles proposed {draft.Articles.Count}, curated {content.All<Article>().Count}, " +
            $"cut at the same place {draft.Articles.Count(a => SameCurated(a, content) is not null)}, of those with the same date {draft.Articles.Count(a => SameCurated(a, content)?.Published == a.Published)}"));
        return measures;
    }

    private static IEnumerable<QuoteProposal> Overlapping(Curated curated, IEnumerable<QuoteProposal> proposals, CuratedPassage report) =>
        proposals.Where(q => report.Lines.Any(line => q.Evidence.Line <= line && curated.ArticleAt(report.Article.Source.Value, line) == report.Article) && curated.ArticleAt(report.Article.Source.Value, q.Evidence.Line) == report.Article && Curated.Overlap(q.Text, report.Wording));

    /// <summary>
    /// For each article, drafts its seed against the dossier without that article's reports, and counts the quotes it
    /// reports that other articles report too whose proposals join them.
    /// </summary>
    private static (int Found, int Expected) Joins(Curated curated, Content content, IReadOnlyList<SeedFile> seeds, List<string> lines)
    {
        lines.Add("== Joins missed (leave one out)");
        var found = 0;
        var expected = 0;
        foreach (var article in content.All<Article>())
        {
            var shared = content.All<Quote>().Where(q => q.Reported.Any(r => r.Article.Id == article.Id) && q.Reported.Any(r => r.Article.Id != article.Id)).ToList();
            if (shared.Count == 0) continue;
            var seed = seeds.First(s => s.Name == article.Source.Value);
            var draft = Drafter.Draft(Without(content, article), [seed]);
            foreach (var quote in shared)
            {
                expected++;
                var reports = curated.Reports.Where(r => r.Quote == quote && r.Article == article).ToList();
                var joined = reports.Any(r => Overlapping(curated, draft.Quotes, r).Any(p => p.Joins == quote.Id));
                if (joined) found++;
                else lines.Add($"  {article.Id}: {quote.Id}");
            }
        }
        return (found, expected);
    }

    /// <summary>The dossier as it was before the article was curated: its reports gone, and quotes only it reported.</summary>
    private static Content Without(Content content, Article article)
    {
        var entities = new List<Entity>();
        foreach (var entity in content.Entities)
        {
            if (entity is not Quote quote) { entities.Add(entity); continue; }
            var kept = quote.Reported.Where(r => r.Article.Id != article.Id).ToList();
            if (kept.Count == 0) continue;
            var values = Quote.Definition.Keys.Select(k => quote[k]).ToArray();
            var list = Quote.Keys.Reported.NewList();
            foreach (var report in kept) list.Add(report);
            values[Quote.Keys.Reported.Index] = list;
            entities.Add(Quote.Definition.Create(quote.Id, values, quote.Span));
        }
        return new Content(content.Site, entities, content.Texts, content.Unreadable);
    }

    /// <summary>The curated article cut from the same seed at the same place (the two start anchors agree as far as the shorter goes).</summary>
    private static Article? SameCurated(ArticleProposal proposal, Content content) => content.All<Article>().FirstOrDefault(c =>
        c.Source.Value == proposal.Source
        && (c.Excerpt?.Start.Value, proposal.ExcerptStart) switch
        {
            (null, null) => true,
            (string curated, string proposed) => curated.StartsWith(proposed, StringComparison.Ordinal) || proposed.StartsWith(curated, StringComparison.Ordinal),
            _ => false,
        });

    private static string Share(int part, int whole) =>
        whole == 0 ? "n/a" : $"{part}/{whole} = {(100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture)}%";

    private static string Short(string text) => text.Length <= 90 ? text : text[..87] + "...";

    public void Print(TextWriter writer)
    {
        foreach (var line in _lines) writer.WriteLine(line);
    }
}
