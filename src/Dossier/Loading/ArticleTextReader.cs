using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Loading;

/// <summary>
/// Cuts an article's reading text out of its seed: the excerpt between its anchors, one paragraph per
/// non-empty line, sub-headings marked and boilerplate lines dropped. None when an anchor is not found: the anchor's
/// error says it all, and quotes looked for in a wrongly cut text would only add false "not found" errors.
/// </summary>
public static class ArticleTextReader
{
    public static ArticleText? Read(Article article, string seedText, DiagnosticBag bag)
    {
        var lines = new SeedLines(seedText);
        if (Range(article, lines, bag) is not var (first, last)) return null;

        var drop = Lookup(article.Drop);
        var headings = Lookup(article.Headings);
        var dropped = drop.GetAlternateLookup<ReadOnlySpan<char>>();
        var headed = headings.GetAlternateLookup<ReadOnlySpan<char>>();
        var paragraphs = new List<Paragraph>();
        for (var i = first; i <= last; i++)
        {
            var line = lines.Normalized(i);
            if (line.Length == 0) continue;
            if (dropped.TryGetValue(line, out var drops))
            {
                drops.Used = true;
                continue;
            }
            var isHeading = headed.TryGetValue(line, out var heading);
            if (heading is not null) heading.Used = true;
            paragraphs.Add(new Paragraph(paragraphs.Count + 1, lines.Raw(i).Trim().ToString(), isHeading, i + 1));
        }

        foreach (var unused in drop.Values.Concat(headings.Values).Where(l => !l.Used))
        {
            var kind = drop.ContainsValue(unused) ? "drop" : "headings";
            bag.Error(DiagnosticCodes.LineNotFound, unused.Line.Span,
                $"No line of the text of '{article.Source.Value}' reads '{unused.Line.Value}' (listed under '{kind}').",
                "List whole lines exactly as they stand in the text.");
        }
        return new ArticleText(article.Id, paragraphs);
    }

    private static (int First, int Last)? Range(Article article, SeedLines lines, DiagnosticBag bag)
    {
        if (article.Excerpt is not { } excerpt) return (0, lines.Count - 1);
        var start = Find(lines, NormalizedText.Normalize(excerpt.Start.Value), 0);
        if (start < 0)
        {
            bag.Error(DiagnosticCodes.ExcerptStartNotFound, excerpt.Start.Span,
                $"The excerpt start '{excerpt.Start.Value}' is not in '{article.Source.Value}'.",
                "Copy a few words from the first line of the piece exactly as they stand in the text.");
            return null;
        }
        if (excerpt.End is not { } endAnchor) return (start, lines.Count - 1);
        var end = Find(lines, NormalizedText.Normalize(endAnchor.Value), start);
        if (end < 0)
        {
            bag.Error(DiagnosticCodes.ExcerptEndNotFound, endAnchor.Span,
                $"The excerpt end '{endAnchor.Value}' is not in '{article.Source.Value}' after the excerpt start (line {start + 1}).",
                "The end anchor must stand at or after the line where the piece starts.");
            return null;
        }
        return (start, end);
    }

    private static int Find(SeedLines lines, string needle, int from)
    {
        if (needle.Length == 0) return -1;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines.Normalized(i).Contains(needle, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private static Dictionary<string, ListedLine> Lookup(IReadOnlyList<Located<string>> lines)
    {
        var lookup = new Dictionary<string, ListedLine>(StringComparer.Ordinal);
        foreach (var line in lines) lookup.TryAdd(NormalizedText.Normalize(line.Value), new ListedLine(line));
        return lookup;
    }

    /// <summary>
    /// A seed's lines as ranges of its text, each put in matching form when asked: most of a seed may lie outside the
    /// excerpt, and only the excerpt's paragraphs are made into strings.
    /// </summary>
    private sealed class SeedLines
    {
        private readonly string _text;
        private readonly Range[] _lines;
        private char[]? _scratch;

        public SeedLines(string text)
        {
            _text = text;
            _lines = new Range[text.AsSpan().Count('\n') + 1];
            text.AsSpan().Split(_lines, '\n');
        }

        public int Count => _lines.Length;

        public ReadOnlySpan<char> Raw(int line) => _text.AsSpan(_lines[line]);

        /// <summary>The line in matching form, valid until the next call (it may be written into a shared buffer).</summary>
        public ReadOnlySpan<char> Normalized(int line) => NormalizedText.Normalize(Raw(line), ref _scratch);
    }

    private sealed class ListedLine(Located<string> line)
    {
        public Located<string> Line { get; } = line;
        public bool Used { get; set; }
    }
}
