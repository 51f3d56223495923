using Dossier.Rendering.Views;
using Dossier.Resolution;

namespace Dossier.Rendering.Pages;

/// <summary>
/// Cuts one paragraph of article text into runs for the template: each curated quotation, anchored and linked to its
/// quote page; each mention (of an actor, say) outside a quotation, linked to its page (never inside one, since a link may
/// not hold another link); plain text between.
/// </summary>
public static class ParagraphRuns
{
    public const string Text = "text";
    public const string Quote = "quote";
    public const string Mention = "mention";

    public static IReadOnlyList<TextRun> Cut(string text, IReadOnlyList<TextSpan> quotes, IReadOnlyList<TextSpan> mentions, string root)
    {
        var runs = new List<TextRun>();
        // Plain text stays one run however the marks around it fell: it is added when a mark ends it.
        var plain = 0;
        var position = 0;
        var quoteIndex = 0;
        var mentionIndex = 0;
        while (position < text.Length)
        {
            var quote = quoteIndex < quotes.Count ? quotes[quoteIndex] : (TextSpan?)null;
            while (mentionIndex < mentions.Count && mentions[mentionIndex].Start < position) mentionIndex++;
            var mention = mentionIndex < mentions.Count ? mentions[mentionIndex] : (TextSpan?)null;

            position = Math.Min(quote?.Start ?? text.Length, mention?.Start ?? text.Length);
            if (position >= text.Length) break;

            if (quote is { } quoted && quoted.Start == position)
            {
                // Quotations that start inside this one keep an anchor here, so links to them still land.
                var end = quoted.End;
                var anchors = new List<string>();
                quoteIndex++;
                while (quoteIndex < quotes.Count && quotes[quoteIndex].Start < end)
                {
                    anchors.Add(Routes.QuoteAnchor(quotes[quoteIndex].Entity.Id, quotes[quoteIndex].Occurrence));
                    quoteIndex++;
                }
                AddText(runs, text, plain, position);
                runs.Add(new TextRun(Quote, text[position..end], quoted.Entity.RouteFrom(root), Routes.QuoteAnchor(quoted.Entity.Id, quoted.Occurrence), anchors));
                position = plain = end;
            }
            else if (mention is { } named && named.Start == position && (quote is null || named.End <= quote.Value.Start))
            {
                AddText(runs, text, plain, position);
                runs.Add(new TextRun(Mention, text[position..named.End], named.Entity.RouteFrom(root), null, []));
                position = plain = named.End;
                mentionIndex++;
            }
            else
            {
                // A mention that runs into a quotation is left as plain text.
                mentionIndex++;
            }
        }
        AddText(runs, text, plain, text.Length);
        return runs;
    }

    private static void AddText(List<TextRun> runs, string text, int start, int end)
    {
        if (end > start) runs.Add(new TextRun(Text, text[start..end], null, null, []));
    }
}
