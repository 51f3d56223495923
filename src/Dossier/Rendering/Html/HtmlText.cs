using System.Buffers;
using System.Text;

namespace Dossier.Rendering.Html;

/// <summary>Escapes plain text for HTML text and attribute values. Leaves other characters as they are, so pages stay readable UTF-8.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAny(Special)) >= 0)
        {
            builder.Append(text[..at]).Append(Entity(text[at]));
            text = text[(at + 1)..];
        }
        builder.Append(text);
    }

    /// <summary>Writes the escaped text straight to <paramref name="writer"/>, with no string in between.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAny(Special)) >= 0)
        {
            writer.Write(text[..at]);
            writer.Write(Entity(text[at]));
            text = text[(at + 1)..];
        }
        writer.Write(text);
    }

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
