using System.Buffers;

namespace Dossier.Rendering.Html;

/// <summary>
/// How plain text is escaped for HTML text and attribute values: the five characters that could start markup or
/// end an attribute become entities; every other character stays as it is, so pages stay readable UTF-8.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Where the next character that needs escaping is, or -1.</summary>
    public static int IndexOfSpecial(ReadOnlySpan<char> text) => text.IndexOfAny(Special);

    /// <summary>The entity that stands for a character <see cref="IndexOfSpecial"/> found.</summary>
    public static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
