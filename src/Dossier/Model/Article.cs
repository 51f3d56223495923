using Dossier.Diagnostics;

namespace Dossier.Model;

public sealed record Article(
    string Id,
    string Title,
    Ref Outlet,
    PartialDate? Published,
    Located<string> Source,
    Excerpt? Excerpt,
    Original? Original,
    string? Byline,
    string? Url,
    IReadOnlyList<Ref> Events,
    IReadOnlyList<Located<string>> Headings,
    IReadOnlyList<Located<string>> Drop,
    SourceSpan Span);
