using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Validation.Rules;

public sealed class ReferencesMustExist : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        void Expect<T>(Ref? reference, IReadOnlyDictionary<string, T> known, string kind)
        {
            if (reference is null || reference.Id.Length == 0 || known.ContainsKey(reference.Id)) return;
            bag.Error(DiagnosticCodes.UnknownReference, reference.Span, $"Unknown {kind} '{reference.Id}'.",
                Suggestions.DidYouMean(reference.Id, known.Keys) ?? $"Create content/{kind}s/{reference.Id}.yml, or check the spelling.");
        }

        var actors = content.ActorsById;
        foreach (var outlet in content.Outlets) Expect(outlet.Affiliation, actors, "actor");
        foreach (var actor in content.Actors)
        {
            foreach (var role in actor.Roles) Expect(role.Of, actors, "actor");
            foreach (var affiliation in actor.Affiliations) Expect(affiliation, actors, "actor");
        }
        foreach (var @event in content.Events)
        {
            foreach (var participant in @event.Participants) Expect(participant.Actor, actors, "actor");
            foreach (var follows in @event.Follows) Expect(follows, content.EventsById, "event");
        }
        foreach (var article in content.Articles)
        {
            Expect(article.Outlet, content.OutletsById, "outlet");
            Expect(article.Original?.Outlet, content.OutletsById, "outlet");
            Expect(article.Original?.Article, content.ArticlesById, "article");
            foreach (var @event in article.Events) Expect(@event, content.EventsById, "event");
        }
        foreach (var quote in content.Quotes)
        {
            Expect(quote.Speaker, actors, "actor");
            Expect(quote.Event, content.EventsById, "event");
            foreach (var about in quote.About) Expect(about, actors, "actor");
            foreach (var report in quote.Reported) Expect(report.Article, content.ArticlesById, "article");
        }
        foreach (var claim in content.Claims)
        {
            Expect(claim.Event, content.EventsById, "event");
            foreach (var answer in claim.Answers)
            {
                Expect(answer.Claimant, actors, "actor");
                Expect(answer.Article, content.ArticlesById, "article");
            }
        }
    }
}
