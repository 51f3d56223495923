namespace Dossier.Model;

/// <summary>Where a repost or syndicated piece first appeared.</summary>
public sealed record Original(Ref? Outlet, Ref? Article, string? Note);
