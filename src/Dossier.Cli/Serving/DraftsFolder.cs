using Dossier.Cli.Commands;

namespace Dossier.Cli.Serving;

/// <summary>The folder `draft` writes to, as the preview shows it: where it is, how to name it, and what waits in it now.</summary>
/// <param name="Full">Its full path.</param>
/// <param name="Display">Its path as the editor knows it: "drafts".</param>
public sealed record DraftsFolder(string Full, string Display)
{
    /// <summary>One pending draft: its path as the editor sees it ("drafts/quotes/x.yml") and its text.</summary>
    public sealed record Draft(string Path, string Text);

    /// <summary>The drafts waiting; none when the folder is missing or changes while being read (an apply moving files).</summary>
    public IReadOnlyList<Draft> Read() => Safely(() => DraftCommand.Pending(Full)
        .Select(d => new Draft($"{Display}/{System.IO.Path.GetRelativePath(Full, d.File).Replace('\\', '/')}", File.ReadAllText(d.File)))
        .ToArray());

    public int Count() => Safely(() => DraftCommand.Pending(Full)).Count;

    private static IReadOnlyList<T> Safely<T>(Func<IReadOnlyList<T>> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
