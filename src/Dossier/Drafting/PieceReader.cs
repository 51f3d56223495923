using Dossier.Editing;
using Dossier.Text;
using System.Text.RegularExpressions;

namespace Dossier.Drafting;

/// <summary>What a piece says about itself, and its reading text: the paragraphs left once title, headings and page furniture are set aside.</summary>
public sealed record PieceReading(
    string? Title,
    PrintedDate? Date,
    Evidence? DateEvidence,
    string? Byline,
    string? ExcerptStart,
    string? ExcerptEnd,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Drop,
    IReadOnlyList<ReadingParagraph> Paragraphs,
    OutletMention? Outlet);

/// <summary>
/// Reads one piece of a seed: a first line that reads as a headline is its title (and kept out of the reading text, as
/// the page shows it apart); the first date line is its date; short lines standing before a paragraph are its
/// sub-headings; boilerplate and date lines are dropped.
/// </summary>
public static partial class PieceReader
{
    [GeneratedRegex(@"^\s*(?:(?:written|posted|published)(?:\s+on\s+[^|]+?)?\s+)?by\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}|[\p{Ll}\d_.-]+)\s*(?:\||$|\s+on\s|\s*[-–—]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePattern();

    public static PieceReading Read(IReadOnlyList<SeedLine> lines, Piece piece)
    {
        var text = lines.Skip(piece.First).Take(piece.Last - piece.First + 1).Where(l => !l.IsEmpty).ToList();
        var furniture = text.Where(l => Boilerplate.Kind(l.Text) is not null || PrintedDates.DateLine(l.Text) is not null).ToHashSet();
        var title = text.Count > 1 && !furniture.Contains(text[0]) && IsHeadline(text[0].Text, maxWords: 20) ? text[0] : null;

        var headings = new HashSet<SeedLine>();
        for (var i = 0; i < text.Count - 1; i++)
        {
            var line = text[i];
            if (line == title || furniture.Contains(line) || !IsHeadline(line.Text, maxWords: 12) || line.Text.Trim().Split(' ').Length < 2) continue;
            var next = text[i + 1];
            if (!furniture.Contains(next) && IsBodyParagraph(next.Text)) headings.Add(line);
        }

        var dateLine = text.FirstOrDefault(l => PrintedDates.DateLine(l.Text) is not null);
        var date = dateLine is null ? null : PrintedDates.DateLine(dateLine.Text);
        var dateEvidence = dateLine is null || date is null ? null
            : new Evidence(dateLine.Text.Substring(date.Index, date.Length), "date-line", 0.9, dateLine.Number, date.Index + 1);

        var byline = text.Select(l => BylinePattern().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["name"].Value.Trim();
        var drop = text.Where(l => l == title || furniture.Contains(l)).Select(l => l.Text.Trim()).Distinct().ToList();
        var paragraphs = text.Where(l => l != title && !furniture.Contains(l) && !headings.Contains(l))
            .Select(l => new ReadingParagraph(l, QuotationMarks.Nested(l.Text))).ToList();

        string? excerptStart = null, excerptEnd = null;
        if (piece.OneOfSeveral && text.Count > 0)
        {
            excerptStart = Anchor(lines, text[0]);
            excerptEnd = text[^1].Text.Trim();
        }
        return new PieceReading(title?.Text.Trim(), date, dateEvidence, byline, excerptStart, excerptEnd,
            text.Where(headings.Contains).Select(l => l.Text.Trim()).ToList(), drop, paragraphs, OutletMentions.Find(lines, piece));
    }

    /// <summary>A line set apart as a headline: short, capitalised, not ending as a sentence or a clause does.</summary>
    private static bool IsHeadline(string line, int maxWords)
    {
        var text = line.Trim();
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.Split(' ').Length > maxWords) return false;
        if (text.Split(' ')[0] is "And" or "But" or "So" or "Or" or "Yet") return false;
        return text[^1] is not ('.' or ',' or ';' or ':' or '"' or '”' or '’' or ')' or '…' or '|');
    }

    private static bool IsBodyParagraph(string line)
    {
        var text = line.Trim();
        return text.Split(' ').Length >= 12 || text.EndsWith('.') || text.EndsWith('”');
    }

    /// <summary>The first words of the piece's first line, as many as it takes for no earlier line to hold them.</summary>
    private static string Anchor(IReadOnlyList<SeedLine> lines, SeedLine first)
    {
        var words = first.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var earlier = lines.Take(first.Number - 1).Select(l => NormalizedText.Normalize(l.Text)).ToList();
        for (var count = Math.Min(6, words.Length); count <= words.Length; count++)
        {
            var anchor = string.Join(' ', words.Take(count));
            var needle = NormalizedText.Normalize(anchor);
            if (!earlier.Any(l => l.Contains(needle, StringComparison.Ordinal))) return anchor;
        }
        return first.Text.Trim();
    }
}
