namespace Dossier.Rendering;

/// <summary>A file of the finished site: its path under output/ with '/', and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes);
