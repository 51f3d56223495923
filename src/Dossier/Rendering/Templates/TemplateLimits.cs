namespace Dossier.Rendering.Templates;

/// <summary>What stops a runaway template: generous for any real page, reached quickly by a loop that never ends.</summary>
public static class TemplateLimits
{
    /// <summary>Loop iterations in one page, counted across nested loops.</summary>
    public const int LoopIterations = 10_000_000;

    /// <summary>Includes and function calls inside each other.</summary>
    public const int Depth = 64;

    /// <summary>Characters one page may hold.</summary>
    public const int PageCharacters = 100_000_000;

    /// <summary>Bytes of one template file.</summary>
    public const int TemplateBytes = 1024 * 1024;
}
