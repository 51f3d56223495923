using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Text;

namespace Dossier.Model;

/// <summary>Something that happened, with who took part and what it responded to.</summary>
public sealed class Event(string id, object?[] values, SourceSpan span) : Entity(id, values, span)
{
    public static class Keys
    {
        public static readonly Key<string?> Title = Key.Text("title", "what happened, in a few words", required: true);
        public static readonly Key<PartialDate?> Date = Key.Date("date", "YYYY-MM-DD, or YYYY-MM / YYYY where only that is known", required: true);
        public static readonly Key<PartialDate?> End = Key.Date("end", "the last day, for an event spanning several days");
        public static readonly Key<string?> Time = Key.Text("time", "local time as the text gives it, in quotes, e.g. \"01:30\"");
        public static readonly ReferencesKey<Place> Places = Key.References<Place>("places", "place ids of where it happened; leave it out where the texts name only a country");
        public static readonly Key<string?> Summary = Key.Markdown("summary", "Markdown: what happened, as the texts report it");
        public static readonly ItemsKey<Participant> Participants = Key.Items("participants", Participant.Definition, "actors involved, one entry each");
        public static readonly ReferencesKey<Event> Follows = Key.References<Event>("follows", "event ids this one responded to or came after");
    }

    public static readonly EntityKind<Event> Definition = new(
        "event", "events", "Events", "Every event in date order; the arcs join each event to the events that followed it.", order: 10,
        [Keys.Title, Keys.Date, Keys.End, Keys.Time, Keys.Places, Keys.Summary, Keys.Participants, Keys.Follows],
        (id, values, span) => new Event(id, values, span),
        linkText: e => e.Title,
        search: e => new SearchEntry(e.Title, e.When, Plain.Join(" ", e.Places.Select(p => p.Resolved?.Name).Append(Plain.Text(e.Summary)))) { IsName = true })
    {
        Description = "Something that happened, on a date.",
        Unreferenced = "List it under an article's 'events', a quote's or claim's 'event', or another event's 'follows'.",
        // An event known only to its month or year comes after the dated events of that month or year.
        OrderKey = e => (e.Date.End.DayNumber, -e.Date.Start.DayNumber),
    };

    public override EntityKind EntityKind => Definition;

    public string Title => Get(Keys.Title) ?? Id;
    public PartialDate Date => Get(Keys.Date) ?? new PartialDate(1, null, null);
    public PartialDate? End => Get(Keys.End);
    public string? Time => Get(Keys.Time);
    public IReadOnlyList<Ref<Place>> Places => Get(Keys.Places);
    public string? Summary => Get(Keys.Summary);
    public IReadOnlyList<Participant> Participants => Get(Keys.Participants);
    public IReadOnlyList<Ref<Event>> Follows => Get(Keys.Follows);

    /// <summary>When, as readers see it: "8 January 2020", or a span "3 January 2020 – 7 January 2020".</summary>
    public string When => End is { } end ? $"{Date.Display} – {end.Display}" : Date.Display;
}

/// <summary>Someone who took part in an event, and what they did.</summary>
public sealed class Participant(object?[] values, SourceSpan span) : Item(values, span)
{
    public static class Keys
    {
        public static readonly ReferenceKey<Actor> Actor = Key.Reference<Actor>("actor", "actor id", required: true);
        public static readonly Key<string?> Role = Key.Text("role", "what they did, e.g. ordered the strike");
    }

    public static readonly ItemShape<Participant> Definition = new([Keys.Actor, Keys.Role], (values, span) => new Participant(values, span));

    public Ref<Actor> Actor => Get(Keys.Actor)!;
    public string? Role => Get(Keys.Role);
}
