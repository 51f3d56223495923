namespace Dossier.Rendering.Views;

/// <summary>A contested claim's page: the question and the answers side by side.</summary>
/// <param name="Question">What the sources disagree on.</param>
/// <param name="Event">The event the question is about.</param>
/// <param name="Summary">Markdown: the editor's note on the disagreement.</param>
/// <param name="Answers">Each answer, with who gave it and where it was reported.</param>
public sealed record ClaimView(string Question, Link? Event, string? Summary, IReadOnlyList<AnswerItem> Answers);

/// <summary>One answer to a contested claim.</summary>
/// <param name="Statement">The answer in short ("No casualties").</param>
/// <param name="Claimant">Who gave it.</param>
/// <param name="Article">The article that reports it.</param>
/// <param name="Outlet">That article's outlet.</param>
/// <param name="Date">That article's date, as readers see it.</param>
/// <param name="Text">The words the article prints.</param>
public sealed record AnswerItem(string Statement, Link? Claimant, Link Article, Link Outlet, string? Date, string Text);
