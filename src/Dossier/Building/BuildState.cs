using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Rendering;
using Dossier.Rendering.Templates;
using Dossier.Resolution;
using Dossier.Validation;

namespace Dossier.Building;

/// <summary>
/// What `serve` keeps from one build to the next, so that a build after a change redoes only what the change can
/// affect: the files read (only a changed file is read again), what each validation rule read and found, the
/// templates, and the dossier last rendered with what each of its pages read. The site a build writes with it is
/// byte for byte the site a build without it writes.
/// </summary>
public sealed class BuildState
{
    public LoadCache Files { get; } = new();

    /// <summary>
    /// How long the pages must stand unchanged before the files made from the whole site are written (`serve`): saves
    /// in quick succession are not slowed by rewriting dossier.json and the archive between them.
    /// </summary>
    public TimeSpan QuietBeforeTheRest { get; init; }

    internal (Content Content, ValidatedRules Rules)? Validated { get; set; }

    internal TemplateSet? Templates { get; set; }

    internal RenderedSite? Rendered { get; set; }

    /// <summary>The templates folder as it was read (each file's path, size and time) and what was made of it.</summary>
    internal sealed record TemplateSet(string Stamp, ITemplateEngine Engine, IReadOnlyList<Diagnostic> Found);

    /// <summary>The last site rendered: its dossier, what each page read, its templates, and its EPUB with what that read.</summary>
    internal sealed record RenderedSite(ResolvedDossier Dossier, RenderedPages Pages, string TemplatesStamp, OutputFile Book, ReadSet BookReads);

    /// <summary>Each file under templates/ by path, size and time: the same stamp, the same templates.</summary>
    internal static string Stamp(SitePaths paths) =>
        string.Join('\n', Directory.EnumerateFiles(paths.Templates, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}"));
}
