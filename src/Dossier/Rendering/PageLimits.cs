namespace Dossier.Rendering;

/// <summary>
/// How long a page's lists may grow, so that no page gets heavy however large the dossier: a list longer than a
/// page takes goes on over further pages (index pages, the full lists of an entity, the briefing book's chapters),
/// and an entity's page shows only the latest few of each long list, linking to all of them.
/// </summary>
/// <param name="Items">At most this many entries on one page of a list.</param>
/// <param name="Bytes">
/// And at most about this many bytes of entries, estimated from the text they carry (<see cref="Pages.Paging.Weight"/>),
/// so that a page of long entries (book chapters, quotes with long wordings) ends sooner. Set well under the 500 KB a
/// page may weigh: the estimate leaves out some of the markup around each entry.
/// </param>
/// <param name="Preview">How many entries of a long list an entity's page or the home page shows.</param>
public sealed record PageLimits(int Items = 1000, int Bytes = 200_000, int Preview = 50)
{
    public static PageLimits Default { get; } = new();
}
