using Dossier.Model.Schema;

namespace Dossier.Model;

/// <summary>Everything loaded from content/ and seeds/. Entities are in kind order, and by id within a kind.</summary>
public sealed class Content
{
    private readonly Dictionary<Type, System.Collections.IList> _byType = [];

    public Content(SiteInfo site, IReadOnlyList<Entity> entities, IReadOnlyDictionary<Article, ArticleText> texts, IReadOnlySet<(EntityKind Kind, string Id)> unreadable)
    {
        Site = site;
        Entities = entities;
        Texts = texts;
        Unreadable = unreadable;
        foreach (var kind in EntityKinds.All)
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(kind.EntityType))!;
            _byType[kind.EntityType] = list;
        }
        foreach (var entity in entities) _byType[entity.GetType()].Add(entity);
    }

    public SiteInfo Site { get; }

    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Each article's reading text, cut from its seed.</summary>
    public IReadOnlyDictionary<Article, ArticleText> Texts { get; }

    /// <summary>Entities whose file is there but could not be read: references to them are not unknown, only broken.</summary>
    public IReadOnlySet<(EntityKind Kind, string Id)> Unreadable { get; }

    /// <summary>Every entity of one kind, by id.</summary>
    public IReadOnlyList<T> All<T>() where T : Entity => (IReadOnlyList<T>)_byType[typeof(T)];

    public IReadOnlyList<Entity> All(EntityKind kind) => (IReadOnlyList<Entity>)_byType[kind.EntityType];

    /// <summary>The same content published at another address.</summary>
    public Content WithSite(SiteInfo site) => new(site, Entities, Texts, Unreadable);
}
