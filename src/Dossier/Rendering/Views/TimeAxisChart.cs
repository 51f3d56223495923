namespace Dossier.Rendering.Views;

// A true time axis: events stand where their dates fall. Kept together: the records only make sense as a set.

/// <summary>
/// Events on a true time axis, one period at a time (years of background, then weeks of crisis): within a period a
/// mark stands where its date falls; between periods a break says how much time passed. Each period is drawn twice,
/// narrow for phones and wide for larger screens and print; the stylesheet shows one.
/// </summary>
/// <param name="Periods">The periods, in date order.</param>
/// <param name="Numbered">Whether the marks carry numbers that the list of events repeats.</param>
/// <param name="HasSpans">Whether any event is known only to the month or year, or lasts several days (drawn as a bar).</param>
/// <param name="HasArcs">Whether curves join events to the events that followed them.</param>
/// <param name="HasBins">Whether events are counted in bars rather than marked one by one (large dossiers).</param>
public sealed record TimeAxisChart(IReadOnlyList<PeriodChart> Periods, bool Numbered, bool HasSpans, bool HasArcs, bool HasBins);

/// <summary>One period of the time axis.</summary>
/// <param name="Id">A fragment id for the period, unique on the page ("period-3").</param>
/// <param name="Label">The period as readers see it ("December 2019 – January 2020").</param>
/// <param name="Break">How much time passed since the previous period ("10 years later"); empty for the first.</param>
/// <param name="Count">How many events it holds.</param>
/// <param name="Link">Where its events are listed, where that is another page (a large dossier's timeline pages).</param>
/// <param name="Narrow">The period drawn for phones.</param>
/// <param name="Wide">The period drawn for larger screens and print.</param>
public sealed record PeriodChart(string Id, string Label, string? Break, int Count, Link? Link, AxisDrawing Narrow, AxisDrawing Wide);

/// <summary>A period drawn at one size, in the picture's own units (its viewBox).</summary>
/// <param name="Width">The picture's width.</param>
/// <param name="Height">The picture's height.</param>
/// <param name="Left">Where the axis starts.</param>
/// <param name="Right">Where the axis ends.</param>
/// <param name="AxisY">Where the axis runs.</param>
/// <param name="TickY">Where tick marks end below the axis.</param>
/// <param name="LabelY">The baseline of the tick labels.</param>
/// <param name="Radius">The radius of a mark.</param>
/// <param name="Ticks">Days, months or years along the axis.</param>
/// <param name="Spans">Bars for events known only to the month or year, or lasting several days; their marks sit on them.</param>
/// <param name="Marks">One mark per event, where its date falls (stacked where dates are close).</param>
/// <param name="Arcs">Curves under the axis from an event to each event in the period that followed it.</param>
/// <param name="Bins">Bars counting events per stretch of time, where there are too many to mark one by one.</param>
public sealed record AxisDrawing(
    double Width,
    double Height,
    double Left,
    double Right,
    double AxisY,
    double TickY,
    double LabelY,
    double Radius,
    IReadOnlyList<AxisTick> Ticks,
    IReadOnlyList<AxisSpan> Spans,
    IReadOnlyList<AxisMark> Marks,
    IReadOnlyList<AxisArc> Arcs,
    IReadOnlyList<AxisBin> Bins);

/// <summary>A day, month or year on the axis.</summary>
/// <param name="X">Where it starts (the tick mark).</param>
/// <param name="LabelX">Where its label is centred.</param>
/// <param name="Label">Its label ("3 Jan", "Jan 2020", "2014"); empty where labels would crowd.</param>
public sealed record AxisTick(double X, double LabelX, string? Label);

/// <summary>An event on the axis.</summary>
/// <param name="Link">The event's page; the text is its full title.</param>
/// <param name="Title">Its date and title, for the tooltip and screen readers.</param>
/// <param name="Number">Its number in the list of events (from 1), where the chart is numbered.</param>
/// <param name="X">Where it stands.</param>
/// <param name="Y">The height of its row (marks close in time are stacked in rows).</param>
/// <param name="NumberY">The baseline of its number, centred in the mark.</param>
public sealed record AxisMark(Link Link, string Title, int Number, double X, double Y, double NumberY);

/// <summary>The stretch of time an event covers where it is more than a day: a month, a year, several days.</summary>
/// <param name="X1">Where it starts.</param>
/// <param name="Width">How long it is.</param>
/// <param name="Top">Its top: the bar is as high as a mark and centred on its row.</param>
/// <param name="Height">Its height.</param>
/// <param name="Title">What it is ("January 2020: 9 events whose day is not given").</param>
public sealed record AxisSpan(double X1, double Width, double Top, double Height, string Title);

/// <summary>A curve from an event to one that followed it, drawn under the axis.</summary>
/// <param name="FromX">The earlier event.</param>
/// <param name="ToX">The later event.</param>
/// <param name="Y">Where the curve leaves and reaches.</param>
/// <param name="MidX">Halfway between them.</param>
/// <param name="ControlY">The control point of the curve (a quadratic Bézier): lower the further apart the events are.</param>
public sealed record AxisArc(double FromX, double ToX, double Y, double MidX, double ControlY);

/// <summary>A bar counting events over a stretch of time.</summary>
/// <param name="X">Where it starts.</param>
/// <param name="Width">Its width.</param>
/// <param name="Y">Its top.</param>
/// <param name="Height">Its height, in proportion to the count.</param>
/// <param name="Count">How many events.</param>
/// <param name="Title">The stretch and the count, for the tooltip ("1–7 March 2021: 4 events").</param>
public sealed record AxisBin(double X, double Width, double Y, double Height, int Count, string Title);
