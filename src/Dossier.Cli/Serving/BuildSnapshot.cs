namespace Dossier.Cli.Serving;

/// <summary>
/// The outcome of the latest build while serving. Version goes up with every build, so an open page can tell it is out
/// of date; Problems are the printed diagnostics (or the internal error) of a failed build, shown over every page.
/// </summary>
public sealed record BuildSnapshot(int Version, bool Succeeded, int Errors, IReadOnlyList<string> Problems);
