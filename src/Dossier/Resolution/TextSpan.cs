using Dossier.Model;

namespace Dossier.Resolution;

/// <summary>
/// A range of one paragraph's original text (end exclusive) that stands for an entity: a quotation, or a mention of an
/// actor or place. Occurrence tells apart two reports of one quote in the same article (see <see cref="Quote.Occurrence"/>).
/// </summary>
public sealed record TextSpan(int Paragraph, int Start, int End, Entity Entity, int Occurrence = 1);
