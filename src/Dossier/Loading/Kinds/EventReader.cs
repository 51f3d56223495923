using Dossier.Loading.Yaml;
using Dossier.Model;

namespace Dossier.Loading.Kinds;

public static class EventReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "date", "end", "time", "place", "summary", "participants", "follows"];
    public static readonly IReadOnlyList<string> ParticipantKeys = ["actor", "role"];

    public static Event Read(MappingReader yaml, string id) => new(
        Id: id,
        Title: yaml.RequiredText("title", id),
        Date: yaml.RequiredDate("date"),
        End: yaml.Date("end"),
        Time: yaml.Text("time"),
        Place: yaml.Text("place"),
        Summary: yaml.Text("summary"),
        Participants: yaml.List("participants", ParticipantKeys, p => new Participant(p.RequiredReference("actor"), p.Text("role"))),
        Follows: yaml.ReferenceList("follows"),
        Span: yaml.Span());
}
