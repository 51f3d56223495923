namespace Dossier.Rendering;

/// <summary>
/// A file of the finished site: its path under output/ with '/', and its bytes. A page's bytes live in its
/// rendering thread's buffer: they are valid only while the file is being handed over, so keep a copy, not them.
/// </summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Bytes);
