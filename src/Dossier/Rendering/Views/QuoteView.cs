namespace Dossier.Rendering.Views;

public sealed record QuoteView(
    string Text,
    Link Speaker,
    string? Said,
    string? Occasion,
    Link? Event,
    IReadOnlyList<Link> About,
    IReadOnlyList<ReportItem> Reports);

/// <summary>One article that carried the quote, with its wording and how it differs from the canonical one, word by word.</summary>
public sealed record ReportItem(Link Article, Link Outlet, string? Date, string Wording, bool Verbatim, IReadOnlyList<DiffRun> Differences);

/// <summary>Words of a report's wording: Kind is "same", "inserted" (not in the canonical wording) or "deleted" (missing from the report).</summary>
public sealed record DiffRun(string Kind, string Text);
