using System.Text.RegularExpressions;

namespace Dossier.Drafting;

/// <summary>An outlet a piece names as its publisher, as printed, with its address where the piece prints one.</summary>
public sealed record OutletMention(string Name, string? Homepage, Evidence Evidence);

/// <summary>
/// Finds who published a piece from what pages print: a dateline's outlet ("ERBIL (Kurdistan 24) –", "(Site | Outlet)-"),
/// the blog's "Posted by" (for a page of posts, the page's owner, whoever wrote each post first), a copyright line.
/// </summary>
public static partial class OutletMentions
{
    [GeneratedRegex(@"^\s*\((?<name>[^()]{2,60})\)\s*[-–—:]")]
    private static partial Regex LeadingParenthesis();

    [GeneratedRegex(@"^\s*[A-Z][A-Za-z .,'’]{1,40}?\s*[-–—]?\s*\((?<name>[^()]{2,40})\)\s*[-–—:]")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\s*(?:posted|published)\s+by\s+(?<name>[^|]+?)\s*(?:\||$|\s+on\s)", RegexOptions.IgnoreCase)]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"^\s*(?:copyright\s*)?©\s*(?:\d{4}\s*)?(?:by\s+)?(?<name>[^.|]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"https?://(?:www\.)?(?<host>[A-Za-z0-9.-]+\.[A-Za-z]{2,})")]
    private static partial Regex Address();

    public static OutletMention? Find(IReadOnlyList<SeedLine> lines, Piece piece)
    {
        var inPiece = lines.Skip(piece.First).Take(piece.Last - piece.First + 1).Where(l => !l.IsEmpty).ToList();
        var homepage = inPiece.Select(l => Address().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["host"].Value;
        var postedBy = First(inPiece, PostedBy(), "posted-by", 0.7);
        var dateline = inPiece.Where(l => Boilerplate.Kind(l.Text) is null && PrintedDates.DateLine(l.Text) is null).Take(3)
            .Select(l => Match(l, LeadingParenthesis(), "dateline", 0.8) ?? Match(l, Dateline(), "dateline", 0.8)).FirstOrDefault(m => m is not null);
        var copyright = First(inPiece, Copyright(), "copyright-line", 0.5);
        var found = piece.OneOfSeveral ? postedBy ?? dateline : dateline ?? copyright ?? postedBy;
        return found is null ? null : found with { Homepage = homepage };
    }

    private static OutletMention? First(IEnumerable<SeedLine> lines, Regex pattern, string rule, double confidence) =>
        lines.Select(l => Match(l, pattern, rule, confidence)).FirstOrDefault(m => m is not null);

    private static OutletMention? Match(SeedLine line, Regex pattern, string rule, double confidence)
    {
        var match = pattern.Match(line.Text);
        if (!match.Success) return null;
        // "(Section | Outlet)": pages put the site's own name last.
        var group = match.Groups["name"];
        var name = group.Value.Split('|').Select(p => p.Trim()).LastOrDefault(p => p.Length > 0);
        if (string.IsNullOrEmpty(name)) return null;
        var column = line.Text.IndexOf(name, group.Index, StringComparison.Ordinal) + 1;
        return new OutletMention(name, null, new Evidence(match.Value.Trim(), rule, confidence, line.Number, column));
    }
}
