namespace Dossier.Rendering.Views;

/// <summary>The timeline page: the events on a true time axis, then listed in the same order with the same numbers.</summary>
/// <param name="Chart">The events on the time axis, for partials/charts/time-axis and partials/charts/time-legend.</param>
/// <param name="Periods">Every event in date order, under the period of the axis it is in.</param>
/// <param name="Pager">Where the timeline goes on over several pages (a large dossier): the page list, for partials/pager; empty otherwise.</param>
public sealed record TimelineView(TimeAxisChart Chart, IReadOnlyList<TimelinePeriod> Periods, Pager? Pager = null);

/// <summary>The events of one period of the time axis.</summary>
/// <param name="Label">The period ("December 2019 – January 2020").</param>
/// <param name="Entries">Its events in date order.</param>
public sealed record TimelinePeriod(string Label, IReadOnlyList<TimelineEntry> Entries);

/// <summary>An event on the timeline page.</summary>
/// <param name="Number">Its number, as its mark on the axis shows it.</param>
/// <param name="Event">The event.</param>
/// <param name="Summary">Markdown.</param>
/// <param name="Follows">The events it responded to.</param>
/// <param name="Quotes">How many quotes were said at or about it.</param>
/// <param name="Articles">How many articles report it.</param>
public sealed record TimelineEntry(int Number, EventItem Event, string? Summary, IReadOnlyList<Link> Follows, int Quotes, int Articles);
