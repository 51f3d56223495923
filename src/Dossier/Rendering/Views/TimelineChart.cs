namespace Dossier.Rendering.Views;

/// <summary>
/// The chain of events laid out for drawing: one row per event down a vertical axis at X, and an arc on the left
/// from each event to each one that followed it. Coordinates are in the picture's own units.
/// </summary>
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

/// <summary>An event on the axis: Date is its ISO date, Label its title shortened to fit.</summary>
public sealed record TimelineMark(Link Link, string Date, string Label, double Y, double LabelY);

/// <summary>From the row at FromY to the row at ToY, bending out to BendX.</summary>
public sealed record TimelineArc(double FromY, double ToY, double BendX);
