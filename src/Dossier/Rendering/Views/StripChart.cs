namespace Dossier.Rendering.Views;

/// <summary>The home page's compact strip: a dot per event in date order along a line, months labelled below.</summary>
/// <param name="Width">The picture's width.</param>
/// <param name="Height">The picture's height.</param>
/// <param name="Y">Where the line and the dots stand.</param>
/// <param name="StartX">Where the line starts.</param>
/// <param name="EndX">Where the line ends.</param>
/// <param name="LabelY">The baseline of the month labels.</param>
/// <param name="Count">How many events.</param>
/// <param name="First">The first event's date, as readers see it.</param>
/// <param name="Last">The last event's date, as readers see it.</param>
/// <param name="Dots">One dot per event, left to right.</param>
public sealed record StripChart(
    double Width,
    double Height,
    double Y,
    double StartX,
    double EndX,
    double LabelY,
    int Count,
    string? First,
    string? Last,
    IReadOnlyList<StripDot> Dots);

/// <summary>An event's dot on the strip.</summary>
/// <param name="Link">The event's page.</param>
/// <param name="X">Where the dot stands.</param>
/// <param name="Title">Its date and title, for the tooltip and screen readers.</param>
/// <param name="Month">A month label ("Jan 2020") on the first dot of a month, where there is room for one.</param>
public sealed record StripDot(Link Link, double X, string Title, string? Month);
