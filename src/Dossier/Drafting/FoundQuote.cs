using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>
/// A quotation with its speaker as far as the piece tells: the speaker's words as printed (a name, or a description
/// such as "senior defense source"), whether they are a name, and the evidence. Matched to actors later.
/// </summary>
public sealed record FoundQuote(
    string Text,
    int Line,
    int Column,
    string? Speaker,
    bool SpeakerIsName,
    ActorKind SpeakerKind,
    string Rule,
    string Cue,
    double Confidence,
    PartialDate? Said);
