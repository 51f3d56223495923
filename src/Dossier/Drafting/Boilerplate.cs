using System.Text.RegularExpressions;

namespace Dossier.Drafting;

/// <summary>
/// Lines that web pages print around an article and readers skip: share buttons, "Read More" links, copyright
/// lines, "Posted by" and tag lines, comment counts. Each pattern is one that news and blog platforms share.
/// </summary>
public static partial class Boilerplate
{
    [GeneratedRegex(@"^(share( this| via| on \w+| article)?|tweet|copy link|email|print|facebook|twitter|whatsapp|telegram|pinterest|linkedin|reddit|flipboard|save|comments?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareButton();

    [GeneratedRegex(@"^((read|see) (more|also|next)|related( articles?| posts?| stories| coverage| news| content)?|more on this|recommended|you may also like|also read|trending)\s*([:\-–]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLink();

    [GeneratedRegex(@"^(copyright\b|©|\(c\)\s*\d{4})|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(posted|published|filed|written|updated)\s+(by|on|in|under)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostedBy();

    // "By Jane Miller": the byline is the article's metadata, not its text.
    [GeneratedRegex(@"^(by|written by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^((\d+|no|one)\s+comments?|leave a (comment|reply)|comments? \(\d+\)|\d+ responses?|add comment)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^(tags?|filed under|categories|category|topics)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex TagsLabel();

    [GeneratedRegex(@"^(powered by|this (post|article) is also available in|editing by|reporting by|additional reporting|sign up|subscribe|follow us|click here|advertisement|sponsored)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteFurniture();

    // Editors' initials closing an agency story: "NA/PA", "(jk/ab)".
    [GeneratedRegex(@"^\(?[A-Za-z]{1,4}(/[A-Za-z]{1,4})+\)?$")]
    private static partial Regex Initials();

    /// <summary>The rule a line matches, or null when it is the article's own text.</summary>
    public static string? Kind(string line)
    {
        var text = line.Trim().Replace('\u00A0', ' ');
        if (text.Length == 0) return null;
        if (ShareButton().IsMatch(text)) return "share-button";
        if (RelatedLink().IsMatch(text)) return "related-link";
        if (Copyright().IsMatch(text)) return "copyright";
        if (PostedBy().IsMatch(text)) return "posted-by";
        if (BylineLine().IsMatch(text)) return "byline";
        if (Comments().IsMatch(text)) return "comment-count";
        if (TagsLabel().IsMatch(text) || IsTagLine(text)) return "tag-line";
        if (SiteFurniture().IsMatch(text)) return "site-furniture";
        if (Initials().IsMatch(text)) return "editor-initials";
        return null;
    }

    /// <summary>Categories and tags between bars: "Politics | Iraq, Middle East |". Prose has no bars.</summary>
    private static bool IsTagLine(string text)
    {
        if (!text.Contains('|') || text.EndsWith('.')) return false;
        var terms = text.Split(['|', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return terms.Length >= 2 && terms.All(t => t.Split(' ').Length <= 5 && char.IsUpper(t[0]));
    }
}
