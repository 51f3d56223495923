using System.Reflection;
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

    public abstract Page Build(ResolvedDossier dossier, Entity entity);

    /// <summary>The kind's index page: every entity in the kind's order, with its line of detail. Kinds that group it otherwise override this.</summary>
    public virtual Page Index(ResolvedDossier dossier)
    {
        var page = PageContext.InFolder(dossier);
        return IndexPage(page, [new ListGroup(null, Kind.InOrder(dossier.Content.All(Kind))
            .Select(e => new ListEntry(page.Link(e), Detail(dossier, e))).ToArray())]);
    }

    /// <summary>The line of detail an entity has on the kind's index page.</summary>
    protected virtual string? Detail(ResolvedDossier dossier, Entity entity) => null;

    protected Page IndexPage(PageContext page, IEnumerable<ListGroup> groups, TimeAxisChart? chart = null) =>
        new(Kind.IndexRoute, "list", Kind.Title, [page.Home()], new ListView(Kind.Title, Kind.Intro, groups.ToArray(), chart), Description: Kind.Intro);

    /// <summary>An entity's page, its breadcrumbs leading through the kind's index.</summary>
    protected Page EntityPage(PageContext page, Entity entity, object view, string? description, string? jsonLd = null, string? title = null) =>
        new(entity.Route, Kind.Name, title ?? entity.LinkText, [page.Home(), page.Index(Kind)], view, description, jsonLd);

    /// <summary>The articles whose text names <paramref name="entity"/>, each noting how often.</summary>
    protected static IReadOnlyList<ArticleItem> MentioningArticles(ResolvedDossier dossier, PageContext page, Entity entity) =>
        dossier.Mentioning(entity)
            .Select(a => page.ArticleItem(a, Plain.Counted(dossier.MentionsIn(a).FirstOrDefault(m => m.Entity == entity).Mentions, "mention")))
            .ToArray();

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

/// <summary>The pages of entities of type <typeparamref name="T"/>, drawn with views of type <typeparamref name="TView"/>.</summary>
public abstract class EntityPages<T, TView> : EntityPages where T : Entity
{
    public override EntityKind Kind => EntityKinds.Of<T>();

    public override Type ViewType => typeof(TView);

    public override Page Build(ResolvedDossier dossier, Entity entity) => Build(dossier, (T)entity);

    protected abstract Page Build(ResolvedDossier dossier, T entity);

    protected override string? Detail(ResolvedDossier dossier, Entity entity) => Detail(dossier, (T)entity);

    protected virtual string? Detail(ResolvedDossier dossier, T entity) => null;
}
