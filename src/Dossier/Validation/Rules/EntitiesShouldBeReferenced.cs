using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

/// <summary>An actor, outlet or event that nothing points at is usually a typo elsewhere or a page nobody can reach.</summary>
public sealed class EntitiesShouldBeReferenced : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);

        foreach (var outlet in content.Outlets) Add(actors, outlet.Affiliation);
        foreach (var actor in content.Actors)
        {
            foreach (var role in actor.Roles) Add(actors, role.Of);
            foreach (var affiliation in actor.Affiliations) Add(actors, affiliation);
        }
        foreach (var @event in content.Events)
        {
            foreach (var participant in @event.Participants) Add(actors, participant.Actor);
            foreach (var follows in @event.Follows) Add(events, follows);
        }
        foreach (var article in content.Articles)
        {
            Add(outlets, article.Outlet);
            Add(outlets, article.Original?.Outlet);
            foreach (var @event in article.Events) Add(events, @event);
        }
        foreach (var quote in content.Quotes)
        {
            Add(actors, quote.Speaker);
            Add(events, quote.Event);
            foreach (var about in quote.About) Add(actors, about);
        }
        foreach (var claim in content.Claims)
        {
            Add(events, claim.Event);
            foreach (var answer in claim.Answers) Add(actors, answer.Claimant);
        }

        Report(content.Actors.Where(a => !actors.Contains(a.Id)).Select(a => (a.Id, a.Span)), "actor",
            "Name it as a quote's speaker, an event participant, a claimant or an affiliation, or remove the file.", bag);
        Report(content.Outlets.Where(o => !outlets.Contains(o.Id)).Select(o => (o.Id, o.Span)), "outlet",
            "Name it as an article's outlet or original, or remove the file.", bag);
        Report(content.Events.Where(e => !events.Contains(e.Id)).Select(e => (e.Id, e.Span)), "event",
            "List it under an article's 'events', a quote's or claim's 'event', or another event's 'follows'.", bag);
    }

    private static void Add(HashSet<string> set, Ref? reference)
    {
        if (reference is not null) set.Add(reference.Id);
    }

    private static void Report(IEnumerable<(string Id, SourceSpan Span)> unreferenced, string kind, string hint, DiagnosticBag bag)
    {
        foreach (var (id, span) in unreferenced)
            bag.Warning(DiagnosticCodes.Unreferenced, span, $"Nothing references the {kind} '{id}'.", hint);
    }
}
