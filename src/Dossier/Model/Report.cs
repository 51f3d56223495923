namespace Dossier.Model;

/// <summary>One article carrying a quote; Text is the wording as printed there when it differs from the canonical one.</summary>
public sealed record Report(Ref Article, Located<string>? Text);
