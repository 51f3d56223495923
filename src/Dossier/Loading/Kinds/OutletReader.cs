using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class OutletReader
{
    public static readonly IReadOnlyList<string> Keys = ["name", "kind", "country", "affiliation", "homepage", "summary"];

    public static Outlet Read(MappingReader yaml, string id) => new(
        Id: id,
        Name: yaml.RequiredText("name", id),
        Kind: yaml.Text("kind"),
        Country: yaml.Text("country"),
        Affiliation: yaml.Reference("affiliation"),
        Homepage: yaml.Url("homepage"),
        Summary: yaml.Text("summary"),
        Span: yaml.Span());
}
