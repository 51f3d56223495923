using System.Globalization;
using System.Text;
using Dossier.Rendering.Html;

namespace Dossier.Rendering.Svg;

/// <summary>Small helpers shared by the SVG pictures: invariant numbers and escaped text.</summary>
internal static class SvgWriter
{
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static StringBuilder Text(this StringBuilder builder, string text) => builder.Append(HtmlText.Escape(text));

    public static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    /// <summary>Opens an svg element that keeps its natural size (the page scrolls it sideways on a phone) and names itself for screen readers.</summary>
    public static StringBuilder Open(StringBuilder builder, string id, double width, double height, string title, string description)
    {
        builder.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture\" id=\"").Append(id)
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"group\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">\n");
        builder.Append("<title id=\"").Append(id).Append("-title\">").Text(title).Append("</title>\n");
        builder.Append("<desc id=\"").Append(id).Append("-desc\">").Text(description).Append("</desc>\n");
        return builder;
    }
}
