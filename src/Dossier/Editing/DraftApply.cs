namespace Dossier.Editing;

/// <summary>
/// Adds drafted `reported` entries to an existing quote's file as text, so that every other byte of the file stays as
/// the editor wrote it (comments, quoting, order, line ends): the entries go after the list's last entry, indented
/// like its entries.
/// </summary>
public static class DraftApply
{
    /// <summary>The result of an insertion: the new text, or why it could not be done.</summary>
    public sealed record Insertion(string? Text, string? Problem);

    /// <param name="quoteFile">The quote's file as it is.</param>
    /// <param name="addition">A drafted .add.yml: comment lines, then entries starting "- article:".</param>
    public static Insertion AddReports(string quoteFile, string addition)
    {
        var entries = Entries(addition);
        if (entries.Length == 0) return new Insertion(null, "it holds no entry to add");

        var newline = quoteFile.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = quoteFile.Split('\n');
        var key = Array.FindIndex(lines, l => IsTopLevel(l) && l.TrimEnd('\r').Split('#')[0].TrimEnd() == "reported:");
        if (key < 0) return new Insertion(null, "it has no block list under 'reported:' (a list written [..] on one line must be edited by hand)");

        // The list runs until the next top-level key; blank and comment lines after its last entry stay where they are.
        var last = key;
        int? indent = null;
        for (var i = key + 1; i < lines.Length && !IsTopLevel(lines[i]); i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            last = i;
            if (indent is null && trimmed.StartsWith("- ", StringComparison.Ordinal)) indent = line.Length - trimmed.Length;
        }
        if (indent is null) return new Insertion(null, "its 'reported' list has no entry to line the new ones up with");

        var lead = new string(' ', indent.Value);
        var inserted = string.Concat(entries.Select(e => lead + e + newline));
        // Offset just past the last entry's line; a file ending without a line break gets one before the new lines.
        var offset = lines.Take(last + 1).Sum(l => l.Length + 1);
        if (offset > quoteFile.Length) return new Insertion(quoteFile + newline + inserted[..^newline.Length], null);
        return new Insertion(quoteFile.Insert(offset, inserted), null);
    }

    // A key of the file's top mapping: starts in the first column, and is neither a comment nor a list entry
    // (a list under a key may start in the first column too: "reported:\n- article: x").
    private static bool IsTopLevel(string line) =>
        line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && !line.StartsWith('-');

    /// <summary>The entry lines of an addition, relative to the entries' own indentation.</summary>
    private static string[] Entries(string addition)
    {
        var lines = addition.Replace("\r\n", "\n").Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .ToArray();
        if (lines.Length == 0 || !lines[0].TrimStart().StartsWith("- ", StringComparison.Ordinal)) return [];
        var common = lines.Min(l => l.Length - l.TrimStart().Length);
        return lines.Select(l => l[common..]).ToArray();
    }
}
