namespace Dossier.Rendering.Views;

/// <summary>A link with a count, e.g. an actor and how many quotes; Percent sizes its bar in a chart.</summary>
public sealed record CountedLink(Link Link, int Count, int Percent);
