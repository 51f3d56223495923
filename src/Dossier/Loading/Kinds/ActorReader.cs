using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class ActorReader
{
    public static readonly IReadOnlyList<string> Keys = ["name", "kind", "aliases", "roles", "affiliations", "born", "died", "summary"];
    public static readonly IReadOnlyList<string> RoleKeys = ["title", "of", "from", "to"];

    public static Actor Read(MappingReader yaml, string id)
    {
        var kind = yaml.Choice<ActorKind>("kind");
        if (kind is null && !yaml.Has("kind")) yaml.RequiredText("kind", "person");
        return new Actor(
            Id: id,
            Name: yaml.RequiredText("name", id),
            Kind: kind ?? ActorKind.Person,
            Aliases: yaml.TextList("aliases"),
            Roles: yaml.List("roles", RoleKeys, role => new Role(
                Title: role.RequiredText("title", ""),
                Of: role.Reference("of"),
                From: role.Date("from"),
                To: role.Date("to"),
                Span: role.Span())),
            Affiliations: yaml.ReferenceList("affiliations"),
            Born: yaml.Date("born"),
            Died: yaml.Date("died"),
            Summary: yaml.Text("summary"),
            Span: yaml.Span());
    }
}
