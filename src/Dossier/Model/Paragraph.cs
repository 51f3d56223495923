namespace Dossier.Model;

/// <summary>One line of an article's reading text. Number is one-based within the article; SeedLine within the seed file.</summary>
public sealed record Paragraph(int Number, string Text, bool IsHeading, int SeedLine);
