using Dossier.Model;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

public static class EventPage
{
    public static Page Build(ResolvedDossier dossier, Event @event)
    {
        var page = PageContext.InFolder(dossier);
        var content = dossier.Content;
        var view = new EventView(
            Title: @event.Title,
            Date: PageContext.DateOf(@event),
            Time: @event.Time,
            Place: @event.Place,
            Summary: @event.Summary,
            Participants: @event.Participants.Select(p => new ParticipantItem(page.Actor(p.Actor.Id), p.Role)).ToArray(),
            Follows: @event.Follows
                .Select(f => content.EventsById.GetValueOrDefault(f.Id)).OfType<Event>()
                .OrderBy(e => e.Date).Select(page.EventItem).ToArray(),
            FollowedBy: ResolvedDossier.Lookup(dossier.FollowedBy, @event.Id).Select(page.EventItem).ToArray(),
            Quotes: ResolvedDossier.Lookup(dossier.QuotesByEvent, @event.Id).Select(page.QuoteItem).ToArray(),
            Articles: ResolvedDossier.Lookup(dossier.ArticlesByEvent, @event.Id).Select(a => page.ArticleItem(a)).ToArray(),
            Claims: ResolvedDossier.Lookup(dossier.ClaimsByEvent, @event.Id).Select(c => page.Claim(c.Id)).ToArray());
        return new Page(Routes.Event(@event.Id), "event", @event.Title,
            [page.Home(), page.Index(Routes.Events, "Events")], view,
            Description: Plain.FirstSentence(@event.Summary) ?? $"{@event.Title}, {view.Date}.",
            JsonLd: Metadata.JsonLd.Event(@event, page));
    }
}
