using System.Text;
using Dossier.Resolution;

namespace Dossier.Rendering.Html;

/// <summary>
/// Turns one paragraph of article text into HTML: each curated quote highlighted, anchored as q-&lt;id&gt;
/// and linked to its quote page; each actor mention outside a quote linked to the actor's page
/// (never inside a quote, since a link may not hold another link).
/// </summary>
public static class ParagraphRenderer
{
    public static string Render(string text, IReadOnlyList<TextSpan> quotes, IReadOnlyList<TextSpan> mentions, string root)
    {
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        var quoteIndex = 0;
        var mentionIndex = 0;
        while (position < text.Length)
        {
            var quote = quoteIndex < quotes.Count ? quotes[quoteIndex] : null;
            while (mentionIndex < mentions.Count && mentions[mentionIndex].Start < position) mentionIndex++;
            var mention = mentionIndex < mentions.Count ? mentions[mentionIndex] : null;

            var next = Math.Min(quote?.Start ?? text.Length, mention?.Start ?? text.Length);
            HtmlText.Append(builder, text.AsSpan(position, next - position));
            position = next;
            if (position >= text.Length) break;

            if (quote is not null && quote.Start == position)
            {
                // Quotations that overlap this one keep an anchor here, so links to them still land.
                var end = quote.End;
                quoteIndex++;
                while (quoteIndex < quotes.Count && quotes[quoteIndex].Start < end)
                {
                    builder.Append("<span id=\"q-").Append(quotes[quoteIndex].Id).Append("\"></span>");
                    quoteIndex++;
                }
                builder.Append("<mark class=\"quote\" id=\"q-").Append(quote.Id).Append("\"><a href=\"")
                    .Append(root).Append("quotes/").Append(quote.Id).Append(".html\">");
                HtmlText.Append(builder, text.AsSpan(position, end - position));
                builder.Append("</a></mark>");
                position = end;
            }
            else if (mention is not null && mention.Start == position && (quote is null || mention.End <= quote.Start))
            {
                builder.Append("<a class=\"mention\" href=\"").Append(root).Append("actors/").Append(mention.Id).Append(".html\">");
                HtmlText.Append(builder, text.AsSpan(position, mention.End - position));
                builder.Append("</a>");
                position = mention.End;
                mentionIndex++;
            }
            else
            {
                // A mention that runs into a quotation is left as plain text.
                mentionIndex++;
            }
        }
        return builder.ToString();
    }
}
