using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;

namespace Dossier.Tests.Support;

/// <summary>Entities made in code for unit tests: the values given, every other key left out (null, or an empty list).</summary>
internal static class Entities
{
    public static T Make<T>(string id, params (Key Key, object? Value)[] given) where T : Entity
    {
        var kind = EntityKinds.Of<T>();
        var values = kind.Keys.Select(k => k.Type switch
        {
            KeyType.Texts => new List<Located<string>>(),
            KeyType.References or KeyType.Items => (object)k.NewList(),
            _ => null,
        }).ToArray();
        foreach (var (key, value) in given) values[key.Index] = value;
        return (T)kind.Create(id, values, SourceSpan.File($"content/{kind.Folder}/{id}.yml"));
    }

    public static Actor Actor(string id, string name, params string[] aliases) => Make<Actor>(id,
        (Dossier.Model.Actor.Keys.Name, name),
        (Dossier.Model.Actor.Keys.Kind, "person"),
        (Dossier.Model.Actor.Keys.Aliases, aliases.Select(a => new Located<string>(a, SourceSpan.File($"content/actors/{id}.yml"))).ToList()));
}
