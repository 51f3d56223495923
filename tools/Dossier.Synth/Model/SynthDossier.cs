namespace Dossier.Synth.Model;

/// <summary>A whole generated dossier in memory, ready to be written as content/ and seeds/.</summary>
public sealed record SynthDossier(
    SynthSize Size,
    IReadOnlyList<SynthOutlet> Outlets,
    IReadOnlyList<SynthActor> Actors,
    IReadOnlyList<SynthPlace> Places,
    IReadOnlyList<SynthEvent> Events,
    IReadOnlyList<SynthArticle> Articles,
    IReadOnlyList<SynthQuote> Quotes,
    IReadOnlyList<SynthClaim> Claims,
    IReadOnlyList<SynthSeed> Seeds);
