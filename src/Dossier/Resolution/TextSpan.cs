namespace Dossier.Resolution;

/// <summary>A range of one paragraph's original text (end exclusive) that stands for an entity: a quote or an actor mention.</summary>
public sealed record TextSpan(int Paragraph, int Start, int End, string Id);
