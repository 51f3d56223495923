namespace Dossier.Rendering.Views;

public sealed record TimelineView(string PictureHtml, IReadOnlyList<TimelineEntry> Entries);

public sealed record TimelineEntry(EventItem Event, string? SummaryHtml, IReadOnlyList<Link> Follows, int Quotes, int Articles);
