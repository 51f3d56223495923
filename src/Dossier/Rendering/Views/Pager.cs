namespace Dossier.Rendering.Views;

/// <summary>The way through a list that goes on over several pages: which page this is, and the page list.</summary>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Count">How many pages the list has.</param>
/// <param name="Previous">The page before, if any.</param>
/// <param name="Next">The page after, if any.</param>
/// <param name="Pages">The page list: the first and last pages and those around this one, this one marked, a gap where pages are left out.</param>
public sealed record Pager(int Number, int Count, string? Previous, string? Next, IReadOnlyList<PageLink> Pages);

/// <summary>One entry of a page list.</summary>
/// <param name="Text">The page's number, or "…" for pages left out.</param>
/// <param name="Href">The page; empty for a gap.</param>
/// <param name="Current">Whether it is the page being drawn.</param>
public sealed record PageLink(string Text, string? Href, bool Current);
