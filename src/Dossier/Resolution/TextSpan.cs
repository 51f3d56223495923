using Dossier.Model;

namespace Dossier.Resolution;

/// <summary>
/// A range of one paragraph's original text (end exclusive) that stands for an entity: a quotation, or a mention of an
/// actor or place. Occurrence tells apart two reports of one quote in the same article (see <see cref="Quote.Occurrence"/>).
/// A value, not an object: a large dossier's texts hold millions of them, kept for the whole build.
/// </summary>
public readonly record struct TextSpan(int Paragraph, int Start, int End, Entity Entity, int Occurrence = 1);
