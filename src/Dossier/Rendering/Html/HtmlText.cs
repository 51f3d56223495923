using System.Text;

namespace Dossier.Rendering.Html;

/// <summary>Escapes plain text for HTML text and attribute values. Leaves other characters as they are, so pages stay readable UTF-8.</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text) Append(builder, c);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text) Append(builder, c);
    }

    private static void Append(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '&': builder.Append("&amp;"); break;
            case '<': builder.Append("&lt;"); break;
            case '>': builder.Append("&gt;"); break;
            case '"': builder.Append("&quot;"); break;
            case '\'': builder.Append("&#39;"); break;
            default: builder.Append(c); break;
        }
    }
}
