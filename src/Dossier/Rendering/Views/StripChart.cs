namespace Dossier.Rendering.Views;

/// <summary>The home page's compact strip: a dot per event in date order along a line at Y, months labelled below at LabelY.</summary>
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

/// <summary>An event's dot; Title is its date and title, for the tooltip and screen readers; Month labels the first dot of a month where there is room.</summary>
public sealed record StripDot(Link Link, double X, string Title, string? Month);
