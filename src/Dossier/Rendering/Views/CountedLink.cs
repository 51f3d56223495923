namespace Dossier.Rendering.Views;

/// <summary>A link with a count, for a bar chart.</summary>
/// <param name="Link">What is counted (an actor, an outlet).</param>
/// <param name="Count">How many.</param>
/// <param name="Percent">The count as a share of the largest in the chart, 0 to 100: the bar's length.</param>
public sealed record CountedLink(Link Link, int Count, int Percent);
