namespace Dossier.Rendering.Views;

public sealed record TimelineView(TimelineChart Chart, IReadOnlyList<TimelineEntry> Entries);

public sealed record TimelineEntry(EventItem Event, string? Summary, IReadOnlyList<Link> Follows, int Quotes, int Articles);
