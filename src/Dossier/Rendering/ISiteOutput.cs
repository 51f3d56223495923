namespace Dossier.Rendering;

/// <summary>Where the render stage puts the site's files. Every member may be called from several threads at once.</summary>
public interface ISiteOutput
{
    /// <summary>A file whose bytes are ready; they are valid only during the call.</summary>
    void Add(OutputFile file);

    /// <summary>A large file written as it is made, so it never sits in memory whole.</summary>
    void Add(string path, Action<Stream> write);

    /// <summary>A file of the last build that is still right as it stands: it stays, unwritten.</summary>
    void Keep(string path);
}
