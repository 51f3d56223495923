using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

public sealed class ArticlesMustNotPredateTheirEvents : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        foreach (var article in content.All<Article>())
        {
            if (article.Published is not { } published) continue;
            foreach (var reference in article.Events)
            {
                if (reference.Resolved is not { } @event) continue;
                if (published.End < @event.Date.Start)
                {
                    bag.Error(DiagnosticCodes.PublishedBeforeEvent, reference.Span,
                        $"'{article.Id}' is published {published.Iso}, before the event '{@event.Id}' ({@event.Date.Iso}) it reports.",
                        "Check the article's 'published' date and the event's 'date'.");
                }
            }
        }
    }
}
