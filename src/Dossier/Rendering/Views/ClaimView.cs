namespace Dossier.Rendering.Views;

public sealed record ClaimView(string Question, Link? Event, string? Summary, IReadOnlyList<AnswerItem> Answers);

public sealed record AnswerItem(string Statement, Link? Claimant, Link Article, Link Outlet, string? Date, string Text);
