namespace Dossier.Model;

/// <summary>Text anchors that cut one piece out of a seed holding several.</summary>
public sealed record Excerpt(Located<string> Start, Located<string>? End);
