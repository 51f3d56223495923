namespace Dossier.Rendering.Views;

/// <summary>
/// The chain of events laid out for drawing: one row per event down a vertical axis, and an arc on the left from
/// each event to each one that followed it. Coordinates are in the picture's own units (its viewBox).
/// </summary>
/// <param name="Width">The picture's width.</param>
/// <param name="Height">The picture's height.</param>
/// <param name="X">Where the axis and the event dots stand.</param>
/// <param name="AxisTop">Where the axis starts.</param>
/// <param name="AxisBottom">Where the axis ends.</param>
/// <param name="ArcX">Where arcs leave and reach the axis.</param>
/// <param name="LabelX">Where the events' labels start.</param>
/// <param name="Events">One mark per event, top to bottom in date order.</param>
/// <param name="Arcs">One arc per "follows" between two events.</param>
public sealed record TimelineChart(
    double Width,
    double Height,
    double X,
    double AxisTop,
    double AxisBottom,
    double ArcX,
    double LabelX,
    IReadOnlyList<TimelineMark> Events,
    IReadOnlyList<TimelineArc> Arcs);

/// <summary>An event on the timeline's axis.</summary>
/// <param name="Link">The event's page; the text is its full title.</param>
/// <param name="Date">Its ISO date ("2020-01-03").</param>
/// <param name="Label">Its title, shortened to fit.</param>
/// <param name="Y">Where its dot stands.</param>
/// <param name="LabelY">The baseline of its label.</param>
public sealed record TimelineMark(Link Link, string Date, string Label, double Y, double LabelY);

/// <summary>An arc from an event to one that followed it.</summary>
/// <param name="FromY">The earlier event's row.</param>
/// <param name="ToY">The later event's row.</param>
/// <param name="BendX">How far left the arc bends: further the more rows it spans.</param>
public sealed record TimelineArc(double FromY, double ToY, double BendX);
