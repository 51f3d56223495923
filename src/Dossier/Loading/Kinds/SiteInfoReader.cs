using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class SiteInfoReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "subtitle", "summary", "language", "base_url", "notes"];

    public static SiteInfo Read(MappingReader yaml) => new(
        Title: yaml.RequiredText("title", "Dossier"),
        Subtitle: yaml.Text("subtitle"),
        Summary: yaml.Text("summary"),
        Language: yaml.Text("language") ?? "en",
        BaseUrl: yaml.Url("base_url"),
        Notes: yaml.Text("notes"),
        Span: yaml.Span());
}
