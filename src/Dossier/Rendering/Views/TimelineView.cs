namespace Dossier.Rendering.Views;

/// <summary>The timeline page: the chain of events drawn, then listed.</summary>
/// <param name="Chart">The chain of events, laid out for partials/charts/timeline.</param>
/// <param name="Entries">Every event in date order.</param>
public sealed record TimelineView(TimelineChart Chart, IReadOnlyList<TimelineEntry> Entries);

/// <summary>An event on the timeline page.</summary>
/// <param name="Event">The event.</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Follows">The events it responded to.</param>
/// <param name="Quotes">How many quotes were said at or about it.</param>
/// <param name="Articles">How many articles report it.</param>
public sealed record TimelineEntry(EventItem Event, string? Summary, IReadOnlyList<Link> Follows, int Quotes, int Articles);
