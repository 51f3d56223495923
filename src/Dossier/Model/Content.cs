using Dossier.Model.Schema;

namespace Dossier.Model;

/// <summary>Everything loaded from content/ and seeds/. Entities are in kind order, and by id within a kind.</summary>
public sealed class Content
{
    private readonly Dictionary<Type, System.Collections.IList> _byType = [];

    public Content(SiteInfo site, IReadOnlyList<Entity> entities, IReadOnlyDictionary<Article, ArticleText> texts, IReadOnlySet<(EntityKind Kind, string Id)> unreadable)
    {
        _site = site;
        _entities = entities;
        _texts = texts;
        Unreadable = unreadable;
        foreach (var kind in EntityKinds.All)
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(kind.EntityType))!;
            _byType[kind.EntityType] = list;
        }
        foreach (var entity in entities) _byType[entity.GetType()].Add(entity);
    }

    private readonly SiteInfo _site;

    public SiteInfo Site
    {
        get
        {
            ReadLog.Add(new Read(ReadOf.Site));
            return _site;
        }
    }

    private readonly IReadOnlyList<Entity> _entities;
    private readonly IReadOnlyDictionary<Article, ArticleText> _texts;

    public IReadOnlyList<Entity> Entities
    {
        get
        {
            foreach (var kind in EntityKinds.All) ReadLog.Add(new Read(ReadOf.Kind, kind.EntityType));
            return _entities;
        }
    }

    /// <summary>Each article's reading text, cut from its seed.</summary>
    public IReadOnlyDictionary<Article, ArticleText> Texts
    {
        get
        {
            ReadLog.Add(new Read(ReadOf.AllTexts));
            return _texts;
        }
    }

    /// <summary>One article's reading text, if its seed could be read: what a page about one article reads.</summary>
    public ArticleText? TextOf(Article article)
    {
        ReadLog.Add(article, ReadOf.Text);
        return _texts.GetValueOrDefault(article);
    }

    /// <summary>Entities whose file is there but could not be read: references to them are not unknown, only broken.</summary>
    public IReadOnlySet<(EntityKind Kind, string Id)> Unreadable { get; }

    /// <summary>Every entity of one kind, by id.</summary>
    public IReadOnlyList<T> All<T>() where T : Entity
    {
        ReadLog.Add(new Read(ReadOf.Kind, typeof(T)));
        return (IReadOnlyList<T>)_byType[typeof(T)];
    }

    public IReadOnlyList<Entity> All(EntityKind kind)
    {
        ReadLog.Add(new Read(ReadOf.Kind, kind.EntityType));
        return (IReadOnlyList<Entity>)_byType[kind.EntityType];
    }

    /// <summary>The same content published at another address.</summary>
    public Content WithSite(SiteInfo site) => new(site, _entities, _texts, Unreadable);
}
