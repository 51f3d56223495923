using Dossier.Model;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

public sealed class EventPages : EntityPages<Event, EventView>
{
    protected override IReadOnlyList<Page> Build(ResolvedDossier dossier, Event @event, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var lists = new FullLists(dossier, Kind, @event, limits);
        var (quotes, allQuotes) = lists.Add("quotes", $"Quotes at or about {@event.Title}", dossier.Referring<Quote>(@event, Quote.Keys.Event), (p, q) => p.QuoteItem(q));
        var (articles, allArticles) = lists.Add("articles", $"Articles reporting {@event.Title}", dossier.Referring<Article>(@event, Article.Keys.Events),
            (p, a) => p.ArticleItem(a));
        var view = new EventView(
            Title: @event.Title,
            Date: @event.When,
            Time: @event.Time,
            Places: page.Links(@event.Places),
            InDossier: Plain.CountedList(
                (@event.Participants.Count, "participant"),
                (dossier.Referring<Quote>(@event, Quote.Keys.Event).Count, "quote"),
                (dossier.Referring<Article>(@event, Article.Keys.Events).Count, "article"),
                (dossier.Referring<Claim>(@event, Claim.Keys.Event).Count, "contested claim")),
            Summary: @event.Summary,
            Participants: @event.Participants.Select(p => new ParticipantItem(page.Link(p.Actor.Target), p.Role)).ToArray(),
            Follows: Event.Definition.InOrder(@event.Follows.Select(f => f.Target)).Select(page.EventItem).ToArray(),
            FollowedBy: dossier.Referring<Event>(@event, Event.Keys.Follows).Select(page.EventItem).ToArray(),
            Quotes: quotes.Select(page.QuoteItem).ToArray(),
            AllQuotes: allQuotes,
            Articles: articles.Select(a => page.ArticleItem(a)).ToArray(),
            AllArticles: allArticles,
            Claims: page.Links(dossier.Referring<Claim>(@event, Claim.Keys.Event)));
        return [EntityPage(page, @event, view,
            Plain.FirstSentence(@event.Summary) ?? $"{@event.Title}, {view.Date}.",
            Metadata.JsonLd.Event(@event, page)), .. lists.Pages];
    }

    /// <summary>Every event in date order, under the chain of events drawn (on the first page).</summary>
    public override IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        var events = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
        return IndexPages(page, limits, [new ListGroup(null, events.Select(e => new ListEntry(page.Link(e), e.When)).ToArray())],
            TimeAxisLayout.Overview(events, page));
    }
}
