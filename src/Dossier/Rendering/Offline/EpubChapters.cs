using System.Globalization;
using Dossier.Model;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Offline;

/// <summary>
/// The EPUB's chapters as views: the summary, the timeline, the contested claims, and the actors with their quotes and
/// each quote's reports. A book is read through, not searched, so each chapter holds what one page of the site's book
/// would (<see cref="Paging.First{T}"/>) and says what it leaves to the site; an actor brings their latest quotes.
/// Names link to their entries in other chapters wherever the book holds those.
/// </summary>
public static class EpubChapters
{
    public const string Summary = "summary";
    public const string Timeline = "timeline";
    public const string Claims = "claims";
    public const string Actors = "actors";

    /// <summary>A chapter's document, relative to the other documents: "timeline.xhtml".</summary>
    public static string Document(string chapter) => chapter + ".xhtml";

    public static IReadOnlyList<EpubChapterView> Build(ResolvedDossier dossier, PageLimits limits)
    {
        var site = dossier.Site;
        var allEvents = Event.Definition.InOrder(dossier.All<Event>()).ToArray();
        var allClaims = Claim.Definition.InOrder(dossier.All<Claim>()).ToArray();
        var allActors = dossier.All<Actor>()
            .Select(a => (Actor: a, Quotes: dossier.Referring<Quote>(a, Quote.Keys.Speaker)))
            .OrderByDescending(a => a.Quotes.Count).ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
            .ToArray();

        // Which entries the book holds is settled first, weighing each as if every name in it were linked, so that
        // the links can then go exactly to the entries that are there.
        var everything = new Anchors(null, null);
        var events = Paging.First(allEvents, limits, e => Paging.Weight(EventEntry(e, everything)));
        var actors = Paging.First(allActors, limits, a => Paging.Weight(ActorEntry(a.Actor, a.Quotes, limits, everything)));
        var anchors = new Anchors(events.ToHashSet(), actors.Select(a => a.Actor).ToHashSet());
        var claims = Paging.First(allClaims.Select(c => ClaimEntry(c, anchors)), limits);

        var blank = new EpubChapterView(site.Language, site.Title, "", "", null, null, [], null, [], [], [], []);
        var chapters = new List<EpubChapterView>
        {
            blank with { Title = "Timeline", Chapter = Timeline, Events = events.Select(e => EventEntry(e, anchors)).ToArray(),
                LeftOut = LeftOut(events.Count, allEvents.Length, "the earliest {0} of {1} events", "timeline") },
            blank with { Title = "Contested claims", Chapter = Claims, Claims = claims,
                LeftOut = LeftOut(claims.Count, allClaims.Length, "the first {0} of {1} contested claims", "claims") },
            blank with { Title = "Actors and their quotes", Chapter = Actors,
                Actors = actors.Select(a => ActorEntry(a.Actor, a.Quotes, limits, anchors)).ToArray(),
                LeftOut = LeftOut(actors.Count, allActors.Length, "the {0} most quoted of {1} actors", "actors") },
        };
        var summary = blank with
        {
            Title = "Summary", Chapter = Summary, Subtitle = site.Subtitle, Summary = site.Summary,
            Contents = chapters.Select(c => new BookRef(c.Title, Document(c.Chapter))).ToArray(),
            Online = site.BaseUrl,
        };
        return [summary, .. chapters];
    }

    /// <summary>The sentence a chapter gives when it holds less than the dossier has.</summary>
    private static IReadOnlyList<string> LeftOut(int held, int all, string what, string where) => held == all ? [] :
    [
        string.Format(CultureInfo.InvariantCulture, "This chapter holds " + what + "; the rest are in the dossier's website ({2}), as are the articles' full texts.",
            held.ToString("N0", CultureInfo.InvariantCulture), all.ToString("N0", CultureInfo.InvariantCulture), where),
    ];

    private static EpubEvent EventEntry(Event e, Anchors anchors) => new(
        EventAnchor(e), e.Title, e.When, e.Places.Select(p => p.Target.Name).ToArray(), e.Summary,
        e.Participants.Select(p => anchors.To(p.Actor.Target)).ToArray(),
        e.Follows.Select(f => anchors.To(f.Target)).ToArray());

    private static EpubClaim ClaimEntry(Claim c, Anchors anchors) => new(
        $"claim-{c.Id}", c.Question, c.Event is { } e ? anchors.To(e.Target) : null, c.Summary,
        c.Answers.Select(a => new EpubAnswer(a.Statement, a.Claimants.Select(claimant => new EpubClaimant(
            claimant.Actor is { } actor ? [anchors.To(actor.Target)] : [],
            Source(claimant.Article.Target), claimant.Text.Value)).ToArray())).ToArray());

    private static EpubActor ActorEntry(Actor actor, IReadOnlyList<Quote> quotes, PageLimits limits, Anchors anchors)
    {
        // The latest of what they said, as an actor's page shows, in the order it was said.
        var latest = Quote.Definition.InOrder(quotes).TakeLast(limits.Preview).ToArray();
        var more = quotes.Count - latest.Length;
        return new EpubActor($"actor-{actor.Id}", actor.Name, actor.KindName, actor.Summary,
            latest.Select(q => new EpubQuote(q.Text, q.Said?.Display, q.Occasion, q.Event is { } e ? anchors.To(e.Target) : null,
                q.Reported.Select(r => new EpubReport(Source(r.Article.Target), r.Text?.Value is { } wording && wording != q.Text ? wording : null)).ToArray()))
                .ToArray(),
            more > 0 ? $"{Plain.Counted(more, "earlier quote")} in the dossier's website" : null);
    }

    private static EpubSource Source(Article article) => new(article.Title, article.Outlet.Target.Name, article.Published?.Display);

    private static string EventAnchor(Event e) => $"event-{e.Id}";

    /// <summary>Links to the entries the book holds; null sets stand for "all of them", for weighing.</summary>
    private sealed class Anchors(HashSet<Event>? events, HashSet<Actor>? actors)
    {
        public BookRef To(Event e) =>
            new(e.Title, events is null || events.Contains(e) ? Document(Timeline) + "#" + EventAnchor(e) : null);

        public BookRef To(Actor a) =>
            new(a.Name, actors is null || actors.Contains(a) ? Document(Actors) + "#actor-" + a.Id : null);
    }
}
