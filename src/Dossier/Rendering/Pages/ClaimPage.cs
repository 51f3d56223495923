using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class ClaimPage
{
    public static Page Build(ResolvedDossier dossier, Claim claim)
    {
        var page = PageContext.InFolder(dossier);
        var content = dossier.Content;
        var answers = claim.Answers
            .Where(a => content.ArticlesById.ContainsKey(a.Article.Id))
            .Select(a =>
            {
                var article = content.ArticlesById[a.Article.Id];
                return new AnswerItem(a.Statement, page.Actor(a.Claimant), page.Article(article.Id), page.Outlet(article.Outlet.Id),
                    article.Published?.Display, a.Text.Value);
            })
            .ToArray();
        var view = new ClaimView(claim.Question, page.Event(claim.Event), claim.Summary, answers);
        return new Page(Routes.Claim(claim.Id), "claim", claim.Question,
            [page.Home(), page.Index(Routes.Claims, "Contested claims")], view,
            Description: $"{claim.Question} {answers.Length} answers, side by side.",
            JsonLd: Metadata.JsonLd.Claim(claim, page));
    }
}
