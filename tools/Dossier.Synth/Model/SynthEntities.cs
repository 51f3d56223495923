namespace Dossier.Synth.Model;

// The generated entities, shaped like the YAML they become (ids are file names, references are ids).
// Small records kept together: they are one vocabulary, read as one.

public sealed record SynthOutlet(string Id, string Name, string Kind, string Country, string? Affiliation, string Summary);

public sealed record SynthRole(string Title, string? Of, DateOnly? From);

public sealed record SynthActor(
    string Id, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<SynthRole> Roles,
    IReadOnlyList<string> Affiliations, string Summary)
{
    /// <summary>How the texts name the actor most often: the first alias (a surname, an acronym) or the name.</summary>
    public string ShortName => Aliases.Count > 0 ? Aliases[0] : Name;
}

public sealed record SynthPlace(string Id, string Name, string Country, string Summary);

public sealed record SynthParticipant(string Actor, string Role);

public sealed record SynthEvent(
    string Id, string Title, DateOnly Date, IReadOnlyList<string> Places, string Summary,
    IReadOnlyList<SynthParticipant> Participants, IReadOnlyList<string> Follows);

public sealed record SynthExcerpt(string Start, string End);

public sealed record SynthOriginal(string Outlet, string Article, string Note);

public sealed record SynthReport(string Article, string? Text);

public sealed record SynthQuote(
    string Id, string Speaker, string Text, DateOnly Said, string Occasion, string? Event,
    IReadOnlyList<string> About, IReadOnlyList<SynthReport> Reported);

public sealed record SynthClaimant(string? Actor, string Article, string Text);

public sealed record SynthAnswer(string Answer, IReadOnlyList<SynthClaimant> Claimants);

public sealed record SynthClaim(string Id, string Question, string? Event, IReadOnlyList<SynthAnswer> Answers);

/// <summary>One file of seeds/: its lines as written (paragraphs separated by blank lines).</summary>
public sealed record SynthSeed(string FileName, IReadOnlyList<string> Lines);
