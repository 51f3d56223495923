namespace Dossier.Diagnostics;

/// <summary>
/// A place in an input file: path relative to the site root with '/', one-based line and column. A value, not an
/// object: every value read from YAML carries one, 750,000 of them in a 20,000-article dossier.
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>For problems that concern a whole file rather than a place in it.</summary>
    public static SourceSpan File(string path) => new(path, 1, 1) { IsWholeFile = true };

    /// <summary>
    /// Printed as (1,1) all the same, so that editors can still open the file; only the excerpt under a printed
    /// diagnostic leaves it out, as line 1 is not where the problem is.
    /// </summary>
    public bool IsWholeFile { get; init; }

    public override string ToString() => $"{Path}({Line},{Column})";
}
