using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>
/// What <c>dossier draft</c> proposes for one or several seed texts, for an editor to review: the articles they hold,
/// the quotations in them with their speakers, and the outlets and actors the dossier does not know yet. Nothing here
/// is a fact until an editor accepts it.
/// </summary>
public sealed record Draft(
    IReadOnlyList<ArticleProposal> Articles,
    IReadOnlyList<QuoteProposal> Quotes,
    IReadOnlyList<ActorProposal> Actors,
    IReadOnlyList<OutletProposal> Outlets);

/// <summary>Why a proposal was made: the words that triggered it, the rule that fired, and how sure it is.</summary>
/// <param name="Cue">The words in the text that the rule matched ("said", "according to", "Posted on").</param>
/// <param name="Rule">The rule's name, stable across versions ("speaker-before-verb", "date-line").</param>
/// <param name="Confidence">From 0 to 1: below 0.5 an editor should expect to reject it.</param>
/// <param name="Line">The 1-based line in the seed file where the evidence stands.</param>
/// <param name="Column">The 1-based column in that line.</param>
public sealed record Evidence(string Cue, string Rule, double Confidence, int Line, int Column);

/// <summary>One published piece in a seed (a page holding several dated posts gives several).</summary>
/// <param name="Id">A new article id (kebab-case, not taken by an existing article).</param>
/// <param name="Source">The seed's file name.</param>
/// <param name="Title">The headline as printed, or null when the text has none.</param>
/// <param name="Published">The date as printed, resolved to a day, month or year; null when the text gives none.</param>
/// <param name="Byline">The author as printed, or null.</param>
/// <param name="Outlet">A known outlet's id, or a proposed outlet's id from <see cref="Draft.Outlets"/>, or null when nothing names one.</param>
/// <param name="ExcerptStart">Where the piece starts in the seed (a line's opening words), or null for the whole file.</param>
/// <param name="ExcerptEnd">Where it ends, or null for the end of the file.</param>
/// <param name="Headings">Lines that are the piece's own subheadings.</param>
/// <param name="Drop">Lines that are page furniture (share buttons, "Read More", related links, copyright lines).</param>
/// <param name="Evidence">For the date and the outlet: what they were found from.</param>
public sealed record ArticleProposal(
    string Id,
    string Source,
    string? Title,
    PartialDate? Published,
    string? Byline,
    string? Outlet,
    string? ExcerptStart,
    string? ExcerptEnd,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Drop,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A passage in quotation marks and who said it.</summary>
/// <param name="Article">The proposed article's id (<see cref="ArticleProposal.Id"/>) it stands in.</param>
/// <param name="Text">The words exactly as printed between the marks (of a quotation over several paragraphs, the first paragraph's: a wording is found within one paragraph).</param>
/// <param name="Speaker">Who said it, as far as the text tells.</param>
/// <param name="Evidence">The attribution's cue, rule and confidence, and where the quotation stands.</param>
/// <param name="Joins">An existing quote's id whose wording this is (a new report of a known statement), or null.</param>
public sealed record QuoteProposal(string Article, string Text, SpeakerMatch Speaker, Evidence Evidence, string? Joins)
{
    /// <summary>The day it was said where the sentence tells ("said Wednesday", "on January 9"), resolved against the article's date; else null.</summary>
    public PartialDate? Said { get; init; }
}

/// <summary>A quotation's speaker.</summary>
/// <param name="Name">The full name as the text first gives it ("Hassan Rouhani", "the Iraqi prime minister's office"), or null when unattributed.</param>
/// <param name="Actor">A known actor's id, or a proposed actor's id from <see cref="Draft.Actors"/>, or null.</param>
public sealed record SpeakerMatch(string? Name, string? Actor);

/// <summary>A person or organisation the text names and the dossier does not know.</summary>
/// <param name="Id">A new actor id (kebab-case, not taken).</param>
/// <param name="Name">The full name as the text gives it.</param>
/// <param name="Kind">person, organization, state or group.</param>
/// <param name="Evidence">Where the text names it first.</param>
/// <param name="Source">The seed's file name.</param>
public sealed record ActorProposal(string Id, string Name, ActorKind Kind, Evidence Evidence, string Source);

/// <summary>An outlet the seeds name (or their addresses give) that the dossier does not know.</summary>
/// <param name="Id">A new outlet id (kebab-case, not taken).</param>
/// <param name="Name">The name as printed.</param>
/// <param name="Homepage">Its address, only where the seed prints one.</param>
/// <param name="Evidence">What it was found from.</param>
public sealed record OutletProposal(string Id, string Name, string? Homepage, Evidence Evidence);
