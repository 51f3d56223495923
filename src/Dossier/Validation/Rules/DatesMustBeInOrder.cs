using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

public sealed class DatesMustBeInOrder : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        void Expect(PartialDate? earlier, PartialDate? later, Diagnostics.SourceSpan span, string what)
        {
            if (earlier is { } a && later is { } b && b.End < a.Start)
                bag.Error(DiagnosticCodes.DatesOutOfOrder, span, $"{what}: {b.Iso} is before {a.Iso}.", "Check both dates against the text.");
        }

        foreach (var actor in content.Actors)
        {
            Expect(actor.Born, actor.Died, actor.Span, $"'{actor.Id}' died before being born");
            foreach (var role in actor.Roles) Expect(role.From, role.To, role.Span, $"The role '{role.Title}' ends before it starts");
        }
        foreach (var @event in content.Events)
        {
            Expect(@event.Date, @event.End, @event.Span, $"The event '{@event.Id}' ends before it starts");
            foreach (var follows in @event.Follows)
            {
                if (content.EventsById.TryGetValue(follows.Id, out var before))
                    Expect(before.Date, @event.Date, follows.Span, $"'{@event.Id}' follows '{before.Id}' but is dated earlier");
            }
        }
        foreach (var quote in content.Quotes)
        {
            foreach (var report in quote.Reported)
            {
                if (content.ArticlesById.TryGetValue(report.Article.Id, out var article))
                    Expect(quote.Said, article.Published, report.Article.Span, $"'{article.Id}' reports the quote before it was said");
            }
        }
    }
}
