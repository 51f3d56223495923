namespace Dossier.Rendering.Views;

/// <summary>The EPUB's navigation document (its table of contents), drawn by templates/epub/nav.sbn-xhtml.</summary>
/// <param name="Language">The dossier's language ("en").</param>
/// <param name="Title">The dossier's title.</param>
/// <param name="Chapters">Every chapter, linking to its document.</param>
/// <param name="Start">The first chapter, where reading begins (for the landmarks).</param>
public sealed record EpubNavView(string Language, string Title, IReadOnlyList<BookRef> Chapters, BookRef Start);
