using Dossier.Diagnostics;
using Dossier.Model.Schema;

namespace Dossier.Model;

/// <summary>An entity of the dossier: one YAML file under content/, its id the file's name.</summary>
public abstract class Entity(string id, object?[] values, SourceSpan span) : Mapping(values, span)
{
    public string Id { get; } = id;

    /// <summary>What kind of entity this is: its keys, folder, route and the rest (each class's static Definition).</summary>
    public abstract EntityKind EntityKind { get; }

    private string? _linkText;

    /// <summary>
    /// How links to it read: a name, a title, a question, a quotation shortened. Made once (a quote's is shortened
    /// for every page that lists it otherwise), and recorded as a read of its name every time.
    /// </summary>
    public string LinkText => ReadLog.Name(this, static e => e._linkText ??= e.EntityKind.LinkTextOf(e));

    private string? _route;
    private string? _routeFromFolder;
    private string? _routeFromSubfolder;

    /// <summary>The address of its page in the site, made once: every page that lists the entity links to it.</summary>
    public string Route => _route ??= EntityKind.Route(Id);

    /// <summary>The same address from a page one folder down, where most pages are: "../actors/ana-lima.html".</summary>
    public string RouteFromFolder => _routeFromFolder ??= "../" + Route;

    /// <summary>The address from a page whose way back to the site's root is <paramref name="root"/> ("", "../", ...).</summary>
    public string RouteFrom(string root) => root switch
    {
        "" => Route,
        "../" => RouteFromFolder,
        "../../" => _routeFromSubfolder ??= "../../" + Route,
        _ => root + Route,
    };

    /// <summary>Every reference it makes, entries' included, with the key each is written under.</summary>
    public IEnumerable<(Key Key, Ref Ref)> References => EntityKind.References(this);

    public override string ToString() => $"{EntityKind.Name} '{Id}'";
}
