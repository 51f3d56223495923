using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>A seed text to draft from: its file name in seeds/ and its text ('\n' line ends).</summary>
public sealed record SeedFile(string Name, string Text);

/// <summary>
/// Proposes articles, quotations with their speakers, and unknown actors and outlets for seed texts, against what the
/// dossier already holds (known actors and outlets by name and alias, known quotes' wordings for joins, taken ids).
/// A pure function: reads nothing and writes nothing.
/// </summary>
public static class Drafter
{
    public static Draft Draft(Content known, IReadOnlyList<SeedFile> seeds) =>
        // The rules land separately; until then nothing is proposed.
        new([], [], [], []);
}
