namespace Dossier.Rendering;

/// <summary>Where the render stage puts the site's files. Every member may be called from several threads at once.</summary>
public interface ISiteOutput
{
    /// <summary>A file whose bytes are ready; they are valid only during the call.</summary>
    void Add(OutputFile file);

    /// <summary>A large file written as it is made, so it never sits in memory whole.</summary>
    void Add(string path, Action<Stream> write);

    /// <summary>
    /// Files of the last build that are still right as they stand: they stay, unwritten. Taken as a whole list (a
    /// recipe's pages), so that `serve` keeping 24,000 pages does not add them one by one.
    /// </summary>
    void Keep(IReadOnlyCollection<string> paths);
}
