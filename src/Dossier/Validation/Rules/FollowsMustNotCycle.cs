using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

/// <summary>'follows' says what an event responded to; a loop would make the chain of events endless.</summary>
public sealed class FollowsMustNotCycle : IValidationRule
{
    private enum Mark { Unvisited, InProgress, Done }

    public void Check(Content content, DiagnosticBag bag)
    {
        var marks = content.All<Event>().ToDictionary(e => e, _ => Mark.Unvisited);
        var path = new List<Event>();

        void Visit(Event @event)
        {
            marks[@event] = Mark.InProgress;
            path.Add(@event);
            foreach (var follows in @event.Follows)
            {
                if (follows.Resolved is not { } next) continue;
                if (marks[next] == Mark.InProgress)
                {
                    var cycle = path.SkipWhile(p => p != next).Select(p => p.Id).Append(next.Id);
                    bag.Error(DiagnosticCodes.FollowsCycle, follows.Span,
                        $"'follows' makes a loop: {string.Join(" → ", cycle)}.",
                        "An event can only follow events that came before it: remove one of these 'follows' entries.");
                }
                else if (marks[next] == Mark.Unvisited)
                {
                    Visit(next);
                }
            }
            path.RemoveAt(path.Count - 1);
            marks[@event] = Mark.Done;
        }

        foreach (var @event in content.All<Event>())
        {
            if (marks[@event] == Mark.Unvisited) Visit(@event);
        }
    }
}
