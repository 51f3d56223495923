using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public sealed class ClaimPages : EntityPages<Claim, ClaimView>
{
    protected override Page Build(ResolvedDossier dossier, Claim claim)
    {
        var page = PageContext.InFolder(dossier);
        var answers = claim.Answers.Select(a => AnswerItem(page, a)).ToArray();
        var view = new ClaimView(claim.Question, page.Link(claim.Event), claim.Summary, answers);
        return EntityPage(page, claim, view, $"{claim.Question} {answers.Length} answers, side by side.", Metadata.JsonLd.Claim(claim, page));
    }

    public static AnswerItem AnswerItem(PageContext page, Answer answer)
    {
        var article = answer.Article.Target;
        return new AnswerItem(answer.Statement, page.Link(answer.Claimant), page.Link(article), page.Link(article.Outlet.Target),
            article.Published?.Display, answer.Text.Value);
    }

    protected override string? Detail(ResolvedDossier dossier, Claim claim) => Counted(claim.Answers.Count, "answer");
}
