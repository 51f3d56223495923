using Dossier.Diagnostics;
using Dossier.Loading;

namespace Dossier.Cli.Commands;

/// <summary>
/// The line a diagnostic points at, with a caret under its column, as compilers and Hugo show it, read from the file
/// the diagnostic names (relative to the site root). None when the file or the line cannot be read or shown, or when
/// the diagnostic is about a whole file.
/// </summary>
public sealed class SourceExcerpt(string root)
{
    private const string Indent = "    ";
    private const int Width = 100;
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string? For(SourceSpan span)
    {
        if (span.IsWholeFile || span.Line < 1 || span.Column < 1) return null;
        if (Lines(span.Path) is not { } lines || span.Line > lines.Length) return null;
        var line = lines[span.Line - 1].TrimEnd('\r');
        // A blank line shows nothing, and control characters would garble the terminal.
        if (line.Trim().Length == 0 || line.Any(c => char.IsControl(c) && c != '\t')) return null;
        var column = Math.Min(span.Column, line.Length + 1);

        // A long line (a quotation, a page of HTML) is cut to a window around the column, so the caret stays in view.
        var start = line.Length <= Width ? 0 : Math.Clamp(column - 1 - Width / 3, 0, line.Length - Width);
        var shown = line.Substring(start, Math.Min(Width, line.Length - start));
        var before = start > 0 ? "..." : "";
        var after = start + shown.Length < line.Length ? "..." : "";
        // Tabs stay tabs under the caret, so it lines up however wide the terminal draws them.
        var pad = new string(shown.Take(column - 1 - start).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        return $"{Indent}{before}{shown}{after}\n{Indent}{new string(' ', before.Length)}{pad}^";
    }

    private string[]? Lines(string path)
    {
        if (_files.TryGetValue(path, out var cached)) return cached;
        string[]? lines = null;
        try
        {
            var file = new FileInfo(Path.Combine(root, path));
            if (file.Exists && file.Length <= InputFile.MaxSeedBytes) lines = File.ReadAllText(file.FullName).Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No excerpt: the diagnostic itself still says where to look.
        }
        return _files[path] = lines;
    }
}
