using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class ClaimPages : EntityPages<Claim, ClaimView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Claim claim, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var answers = claim.Answers.Select(a => AnswerItem(page, a)).ToArray();
        var view = new ClaimView(claim.Question, page.Link(claim.Event), claim.Summary, answers);
        return [EntityPage(page, claim, view, $"{claim.Question} {answers.Length} answers, side by side.", Metadata.JsonLd.Claim(claim, page))];
    }

    /// <summary>The answer with its claimants; claimants quoted from the same passage share one entry, so it is printed once.</summary>
    public static AnswerItem AnswerItem(PageContext page, Answer answer) =>
        new(answer.Statement, answer.Claimants
            .GroupBy(c => (Article: c.Article.Target, Text: new Wording(c.Text.Value).Normalized, Through: string.Join(" ", c.Through.Select(t => t.Id))))
            .Select(g =>
            {
                var first = g.First();
                var article = g.Key.Article;
                return new ClaimantItem(page.Links(g.Select(c => c.Actor?.Target).OfType<Actor>().Distinct()), page.Link(article),
                    page.Link(article.Outlet.Target), article.Published?.Display, first.Text.Value, page.Chain(first.Through, article));
            })
            .ToArray());

    protected override string? Detail(ResolvedDossier dossier, Claim claim) => Plain.Counted(claim.Answers.Count, "answer");

    /// <summary>Contested claims as a "who says what" table: each answer with its claimants and the outlets reporting it.</summary>
    public override IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPages(page, limits, [new ListGroup(null, Claim.Definition.InOrder(dossier.All<Claim>())
            .Select(c => new ListEntry(page.Link(c), Detail(dossier, c), Summaries(page, c))).ToArray())]);
    }

    public static IReadOnlyList<AnswerSummary> Summaries(PageContext page, Claim claim) => claim.Answers
        .Select(a => new AnswerSummary(a.Statement,
            page.Links(a.Claimants.Select(c => c.Actor?.Target).OfType<Actor>().Distinct()),
            page.Links(a.Claimants.Select(c => c.Article.Target.Outlet.Target).Distinct())))
        .ToArray();
}
