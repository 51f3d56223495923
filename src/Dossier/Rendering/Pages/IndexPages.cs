using Dossier.Model;
using Dossier.Rendering.Charts;
using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>The index page of each kind: every entity, grouped where a reader would look for it that way.</summary>
public static class IndexPages
{
    public static IEnumerable<Page> Build(ResolvedDossier dossier)
    {
        var page = PageContext.InFolder(dossier);
        var content = dossier.Content;

        yield return Index(page, Routes.Actors, "Actors", "People, organisations, groups and states in the dossier.",
            content.Actors
                .GroupBy(a => a.Kind)
                .OrderBy(g => g.Key)
                .Select(g => new ListGroup(KindHeading(g.Key), g
                    .OrderBy(a => a.Name, StringComparer.Ordinal)
                    .Select(a => new ListEntry(page.Actor(a.Id), Counted(ResolvedDossier.Lookup(dossier.QuotesBySpeaker, a.Id).Count, "quote")))
                    .ToArray())));

        yield return Index(page, Routes.Events, "Events", "Every event in date order; the arcs join each event to the events that followed it.",
            [new ListGroup(null, content.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new ListEntry(page.Event(e.Id), PageContext.DateOf(e))).ToArray())],
            TimelineLayout.Lay(content.Events, page));

        yield return Index(page, Routes.Outlets, "Outlets", "Where the articles were published or first appeared.",
            [new ListGroup(null, content.Outlets.OrderBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new ListEntry(page.Outlet(o.Id), Join(o.Kind, o.Country,
                    Counted(ResolvedDossier.Lookup(dossier.ArticlesByOutlet, o.Id).Count, "article")))).ToArray())]);

        yield return Index(page, Routes.Articles, "Articles", "The source texts, by date of publication.",
            [new ListGroup(null, content.Articles
                .OrderBy(a => a.Published?.Start ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new ListEntry(page.Article(a.Id), Join(page.Outlet(a.Outlet.Id).Text, a.Published?.Display))).ToArray())]);

        yield return Index(page, Routes.Quotes, "Quotes", "Every curated quotation, by speaker. One statement reported by several outlets is one quote.",
            content.Quotes
                .GroupBy(q => q.Speaker.Id)
                .OrderBy(g => page.Actor(g.Key).Text, StringComparer.Ordinal)
                .Select(g => new ListGroup(page.Actor(g.Key).Text, g
                    .OrderBy(q => q.Said?.Start ?? DateOnly.MaxValue).ThenBy(q => q.Id, StringComparer.Ordinal)
                    .Select(q => new ListEntry(page.Quote(q.Id), Join(q.Said?.Display, Counted(q.Reported.Count, "report")))).ToArray())));

        yield return Index(page, Routes.Claims, "Contested claims", "Questions on which the sources disagree.",
            [new ListGroup(null, content.Claims
                .Select(c => new ListEntry(page.Claim(c.Id), Counted(c.Answers.Count, "answer"))).ToArray())]);
    }

    private static Page Index(PageContext page, string folder, string title, string intro, IEnumerable<ListGroup> groups, TimelineChart? chart = null) =>
        new(Routes.Index(folder), "list", title, [page.Home()], new ListView(title, intro, groups.ToArray(), chart), Description: intro);

    private static string KindHeading(ActorKind kind) => kind switch
    {
        ActorKind.Person => "People",
        ActorKind.Organization => "Organisations",
        ActorKind.State => "States",
        _ => "Groups",
    };

    private static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string? Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrEmpty(p)).ToArray() is { Length: > 0 } kept ? string.Join(" · ", kept) : null;
}
