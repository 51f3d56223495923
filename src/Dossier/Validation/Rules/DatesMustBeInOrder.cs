using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

public sealed class DatesMustBeInOrder : IValidationRule
{
    public void Check(Content content, DiagnosticBag bag)
    {
        void Expect(PartialDate? earlier, PartialDate? later, SourceSpan span, string what)
        {
            if (earlier is { } a && later is { } b && b.End < a.Start)
                bag.Error(DiagnosticCodes.DatesOutOfOrder, span, $"{what}: {b.Iso} is before {a.Iso}.", "Check both dates against the text.");
        }

        foreach (var actor in content.All<Actor>())
        {
            Expect(actor.Born, actor.Died, actor.Span, $"'{actor.Id}' died before being born");
            foreach (var role in actor.Roles) Expect(role.From, role.To, role.Span, $"The role '{role.Title}' ends before it starts");
        }
        foreach (var @event in content.All<Event>())
        {
            Expect(@event.Date, @event.End, @event.Span, $"The event '{@event.Id}' ends before it starts");
            foreach (var follows in @event.Follows)
            {
                if (follows.Resolved is { } before)
                    Expect(before.Date, @event.Date, follows.Span, $"'{@event.Id}' follows '{before.Id}' but is dated earlier");
            }
        }
        foreach (var quote in content.All<Quote>())
        {
            foreach (var report in quote.Reported)
            {
                if (report.Article.Resolved is { } article)
                    Expect(quote.Said, article.Published, report.Article.Span, $"'{article.Id}' reports the quote before it was said");
            }
        }
    }
}
