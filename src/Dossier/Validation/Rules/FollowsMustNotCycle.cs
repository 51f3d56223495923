using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation.Rules;

/// <summary>'follows' says what an event responded to; a loop would make the chain of events endless.</summary>
public sealed class FollowsMustNotCycle : IValidationRule
{
    private enum Mark { Unvisited, InProgress, Done }

    public void Check(Content content, DiagnosticBag bag)
    {
        var marks = content.Events.ToDictionary(e => e.Id, _ => Mark.Unvisited, StringComparer.Ordinal);
        var path = new List<(Event Event, Ref? Via)>();

        void Visit(Event @event, Ref? via)
        {
            marks[@event.Id] = Mark.InProgress;
            path.Add((@event, via));
            foreach (var follows in @event.Follows)
            {
                if (!content.EventsById.TryGetValue(follows.Id, out var next)) continue;
                if (marks[next.Id] == Mark.InProgress)
                {
                    var cycle = path.SkipWhile(p => p.Event.Id != next.Id).Select(p => p.Event.Id).Append(next.Id);
                    bag.Error(DiagnosticCodes.FollowsCycle, follows.Span,
                        $"'follows' makes a loop: {string.Join(" → ", cycle)}.",
                        "An event can only follow events that came before it: remove one of these 'follows' entries.");
                }
                else if (marks[next.Id] == Mark.Unvisited)
                {
                    Visit(next, follows);
                }
            }
            path.RemoveAt(path.Count - 1);
            marks[@event.Id] = Mark.Done;
        }

        foreach (var @event in content.Events)
        {
            if (marks[@event.Id] == Mark.Unvisited) Visit(@event, null);
        }
    }
}
