using System.Text;
using Dossier.Rendering.Html;
using HandlebarsDotNet;

namespace Dossier.Rendering.Templates;

/// <summary>Makes Handlebars escape exactly as the rest of Dossier does, leaving non-ASCII letters readable.</summary>
public sealed class HtmlTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => target.Write(HtmlText.Escape(text?.ToString() ?? ""));

    public void Encode(string? text, TextWriter target) => target.Write(HtmlText.Escape(text ?? ""));

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext()) builder.Append(text.Current);
        target.Write(HtmlText.Escape(builder.ToString()));
    }
}
