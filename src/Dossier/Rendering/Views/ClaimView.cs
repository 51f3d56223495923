namespace Dossier.Rendering.Views;

/// <summary>A contested claim's page: the question and the answers side by side.</summary>
/// <param name="Question">What the sources disagree on.</param>
/// <param name="Event">The event the question is about.</param>
/// <param name="Summary">Markdown: the editor's note on the disagreement.</param>
/// <param name="Answers">Each answer, with who gave it and where it was reported.</param>
public sealed record ClaimView(string Question, Link? Event, string? Summary, IReadOnlyList<AnswerItem> Answers);

/// <summary>One answer to a contested claim, with everyone who gave it.</summary>
/// <param name="Statement">The answer in short ("No casualties").</param>
/// <param name="Claimants">Who gave it and where it is reported: one entry per passage, with everyone it names.</param>
public sealed record AnswerItem(string Statement, IReadOnlyList<ClaimantItem> Claimants);

/// <summary>A passage that reports an answer, and who it says gave it.</summary>
/// <param name="Actors">Who gave it ("The Iraqi army and Washington have both said…" names two); empty where the text does not say.</param>
/// <param name="Article">The article that reports it.</param>
/// <param name="Outlet">That article's outlet.</param>
/// <param name="Date">That article's date, as readers see it.</param>
/// <param name="Text">The words the article prints.</param>
/// <param name="Through">The outlets between the claimant and the article, nearest to the claimant first: those the article says it took this from, then the outlet whose piece it reposts.</param>
public sealed record ClaimantItem(IReadOnlyList<Link> Actors, Link Article, Link Outlet, string? Date, string Text, IReadOnlyList<Link> Through);

/// <summary>An answer at a glance, for the "who says what" tables: who gave it and which outlets reported it.</summary>
/// <param name="Statement">The answer in short.</param>
/// <param name="Claimants">Everyone named as giving it; empty where the texts do not say who.</param>
/// <param name="Outlets">The outlets whose articles report it.</param>
public sealed record AnswerSummary(string Statement, IReadOnlyList<Link> Claimants, IReadOnlyList<Link> Outlets);
