using System.Text.RegularExpressions;
using Dossier.Diagnostics;

namespace Dossier.Building;

/// <summary>
/// Confirms that every relative link and #fragment in a built site resolves to a file and an id in it.
/// External links (with a scheme) are not followed: the site must work offline.
/// </summary>
public static partial class LinkChecker
{
    [GeneratedRegex(@"\b(?:href|src)=""([^""]*)""|\bid=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    public static IReadOnlyList<Diagnostic> Check(string siteFolder)
    {
        var pages = Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFullPath(f), File.ReadAllText, StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Key, p => Attribute().Matches(p.Value)
            .Where(m => m.Groups[2].Success).Select(m => m.Groups[2].Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var bag = new DiagnosticBag();
        foreach (var (file, html) in pages)
        {
            var display = Path.GetRelativePath(siteFolder, file).Replace('\\', '/');
            foreach (Match match in Attribute().Matches(html))
            {
                if (!match.Groups[1].Success) continue;
                var link = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
                if (link.Length == 0 || HasScheme(link) || link.StartsWith("//", StringComparison.Ordinal)) continue;
                var hash = link.IndexOf('#');
                var target = hash >= 0 ? link[..hash] : link;
                var fragment = hash >= 0 ? link[(hash + 1)..] : null;
                var query = target.IndexOf('?');
                if (query >= 0) target = target[..query];
                var targetFile = target.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target));
                var span = Position(html, match.Index, display);
                if (!targetFile.StartsWith(Path.GetFullPath(siteFolder), StringComparison.Ordinal) || !File.Exists(targetFile))
                {
                    bag.Error(DiagnosticCodes.BrokenLink, span, $"The link '{link}' points to a file that does not exist.");
                }
                else if (!string.IsNullOrEmpty(fragment) && ids.TryGetValue(targetFile, out var known) && !known.Contains(fragment))
                {
                    bag.Error(DiagnosticCodes.BrokenLink, span, $"The link '{link}' points to '#{fragment}', which is not an id in that page.");
                }
            }
        }
        return bag.Sorted();
    }

    private static bool HasScheme(string link)
    {
        var colon = link.IndexOf(':');
        var slash = link.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static SourceSpan Position(string text, int index, string path)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourceSpan(path, line, index - lineStart + 1);
    }
}
