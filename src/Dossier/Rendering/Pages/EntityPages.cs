using System.Globalization;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Rendering.Views;
using Dossier.Resolution;
using Dossier.Text;

namespace Dossier.Rendering.Pages;

/// <summary>
/// How one kind of entity is drawn: a page for each, from the template named after the kind, and the kind's index
/// page. Each kind has one subclass (<see cref="EntityPages{T,TView}"/>), found here by its kind.
/// </summary>
public abstract class EntityPages
{
    public abstract EntityKind Kind { get; }

    /// <summary>The view the kind's template is given.</summary>
    public abstract Type ViewType { get; }

    /// <summary>An entity's page, followed by the pages of its long lists in full (<see cref="FullLists"/>).</summary>
    public abstract IReadOnlyList<Page> Build(ResolvedDossier dossier, Entity entity, PageLimits limits);

    /// <summary>The kind's index pages: every entity in the kind's order, with its line of detail. Kinds that group it otherwise override this.</summary>
    public virtual IReadOnlyList<Page> Index(ResolvedDossier dossier, PageLimits limits)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPages(page, limits, [new ListGroup(null, Kind.InOrder(dossier.Content.All(Kind))
            .Select(e => new ListEntry(page.Link(e), Detail(dossier, e))).ToArray())]);
    }

    /// <summary>The line of detail an entity has on the kind's index page.</summary>
    protected virtual string? Detail(ResolvedDossier dossier, Entity entity) => null;

    /// <summary>
    /// The kind's index, going on over as many pages as its entries need (actors/index.html, actors/page-2.html, ...);
    /// a group cut by a page break goes on under its heading on the next page. The chart is drawn on the first page only.
    /// </summary>
    protected IReadOnlyList<Page> IndexPages(PageContext page, PageLimits limits, IEnumerable<ListGroup> groups, TimeAxisChart? chart = null)
    {
        var parts = Paging.Split(groups.Select(g => (g.Heading, g.Entries)).ToArray(), limits);
        return Paging.Pages(Kind.IndexRoute, parts, (number, part, pager) => new Page(
            Paging.Route(Kind.IndexRoute, number), "list", Paging.Title(Kind.Title, number, parts.Count),
            number == 1 ? [page.Home()] : [page.Home(), page.Index(Kind)],
            new ListView(Kind.Title, Kind.Intro, part.Select(p => new ListGroup(p.Key, p.Items, p.Continued)).ToArray(), number == 1 ? chart : null, pager),
            Description: Kind.Intro));
    }

    /// <summary>An entity's page, its breadcrumbs leading through the kind's index.</summary>
    protected Page EntityPage(PageContext page, Entity entity, object view, string? description, string? jsonLd = null, string? title = null) =>
        new(entity.Route, Kind.Name, title ?? entity.LinkText, [page.Home(), page.Index(Kind)], view, description, jsonLd);

    /// <summary>The articles whose text names <paramref name="entity"/>, each noting how often.</summary>
    protected static IReadOnlyList<ArticleItem> MentioningArticles(ResolvedDossier dossier, PageContext page, Entity entity) =>
        dossier.Mentioning(entity).Select(a => MentioningArticle(dossier, page, a, entity)).ToArray();

    /// <summary>
    /// The long lists of one entity's page (an actor's quotes, the articles naming a place). The entity's page shows
    /// the latest <see cref="PageLimits.Preview"/> entries of each; where a list has more, every entry goes on pages
    /// of their own (actors/ana-lima/quotes.html, actors/ana-lima/quotes-2.html, ...) that the entity's page links
    /// to. Lists come in date order, so the latest are the last.
    /// </summary>
    protected sealed class FullLists(ResolvedDossier dossier, EntityKind kind, Entity owner, PageLimits limits)
    {
        private readonly List<Page> _pages = [];

        /// <summary>The pages of every list that did not fit on the entity's page.</summary>
        public IReadOnlyList<Page> Pages => _pages;

        /// <summary>
        /// A list without groups: what the entity's page shows of it, and the link to it in full when that is not
        /// everything. <paramref name="title"/> starts with the plural noun ("Quotes by Ana Lima"); it heads the full
        /// list, and the link reads "All 1,234 quotes by Ana Lima".
        /// </summary>
        public (IReadOnlyList<T> Shown, Link? All) Add<T, TItem>(string name, string title, IReadOnlyList<T> all, Func<PageContext, T, TItem> item)
        {
            var (shown, link) = Add(name, title, all, items => [new Section<T>(null, null, items.ToArray())], item);
            return (shown.Count == 0 ? [] : shown[0].Items, link);
        }

        /// <summary>A list in groups (quotes under the event they were said at), as <paramref name="sections"/> groups any of its entries.</summary>
        public (IReadOnlyList<Section<T>> Shown, Link? All) Add<T, TItem>(string name, string title, IReadOnlyList<T> all,
            Func<IEnumerable<T>, IEnumerable<Section<T>>> sections, Func<PageContext, T, TItem> item)
        {
            if (all.Count <= limits.Preview) return (sections(all).ToArray(), null);

            var first = owner.Route[..^".html".Length] + "/" + name + ".html";
            var page = new PageContext(dossier, Routes.RootOf(first));
            var count = all.Count.ToString("N0", CultureInfo.InvariantCulture);
            var groups = sections(all)
                .Select(s => (Key: s, Items: (IReadOnlyList<TItem>)s.Items.Select(x => item(page, x)).ToArray()))
                .ToArray();
            var parts = Paging.Split(groups, limits);
            _pages.AddRange(Paging.Pages(first, parts, (number, part, pager) => new Page(
                Paging.Route(first, number), "full-list", Paging.Title(title, number, parts.Count),
                [page.Home(), page.Index(kind), page.Link(owner), .. number > 1 ? [new Link(title, page.Href(first))] : Array.Empty<Link>()],
                new FullListView(title, page.Link(owner), $"{count} in all",
                    part.Select(p => ItemGroup.Of(p.Key.Heading, p.Key.Target is { } target ? page.Link(target) : null, p.Continued, p.Items)).ToArray(), pager),
                Description: $"{title}: all {count}.")));

            var latest = all.Skip(all.Count - limits.Preview);
            return (sections(latest).ToArray(), new Link($"All {count} {char.ToLowerInvariant(title[0])}{title[1..]}", PageContext.InFolder(dossier).Href(first)));
        }
    }

    /// <summary>An article whose text names <paramref name="entity"/>, noting how often.</summary>
    protected static ArticleItem MentioningArticle(ResolvedDossier dossier, PageContext page, Article article, Entity entity) =>
        page.ArticleItem(article, Plain.Counted(dossier.Mentions(article, entity), "mention"));

    /// <summary>Every kind's pages, in the kinds' order: one subclass for each kind.</summary>
    public static IReadOnlyList<EntityPages> All { get; } = Discover();

    private static EntityPages[] Discover()
    {
        var pages = typeof(EntityPages).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(EntityPages)) && !t.IsAbstract)
            .Select(t => (EntityPages)Activator.CreateInstance(t)!)
            .ToDictionary(p => p.Kind);
        return EntityKinds.All.Select(k => pages.TryGetValue(k, out var p) ? p : throw new InvalidOperationException($"No pages for the kind '{k.Name}'.")).ToArray();
    }
}

/// <summary>Entries of a long list under one heading (an event, with its page), or under none.</summary>
public sealed record Section<T>(string? Heading, Entity? Target, IReadOnlyList<T> Items);

/// <summary>The pages of entities of type <typeparamref name="T"/>, drawn with views of type <typeparamref name="TView"/>.</summary>
public abstract class EntityPages<T, TView> : EntityPages where T : Entity
{
    public override EntityKind Kind => EntityKinds.Of<T>();

    public override Type ViewType => typeof(TView);

    public override IReadOnlyList<Page> Build(ResolvedDossier dossier, Entity entity, PageLimits limits) => Build(dossier, (T)entity, limits);

    protected abstract IReadOnlyList<Page> Build(ResolvedDossier dossier, T entity, PageLimits limits);

    protected override string? Detail(ResolvedDossier dossier, Entity entity) => Detail(dossier, (T)entity);

    protected virtual string? Detail(ResolvedDossier dossier, T entity) => null;
}
