using System.Text;
using Dossier.Rendering.Html;
using HandlebarsDotNet;

namespace Dossier.Rendering.Templates;

/// <summary>Makes Handlebars escape exactly as the rest of Dossier does, leaving non-ASCII letters readable.</summary>
public sealed class HtmlTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks()) HtmlText.Write(target, chunk.Span);
    }

    public void Encode(string? text, TextWriter target) => HtmlText.Write(target, text);

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext()) builder.Append(text.Current);
        Encode(builder, target);
    }
}
