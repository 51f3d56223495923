namespace Dossier.Diagnostics;

/// <summary>
/// Every diagnostic code, grouped by the stage that reports it. Codes are stable: never renumber
/// or reuse one, since editors and CI annotations refer to them.
/// </summary>
public static class DiagnosticCodes
{
    // Load (DOS1xxx): reading files and YAML into the model.
    public const string YamlSyntax = "DOS1001";
    public const string UnknownKey = "DOS1002";
    public const string WrongType = "DOS1003";
    public const string MissingKey = "DOS1004";
    public const string InvalidId = "DOS1005";
    public const string InvalidDate = "DOS1006";
    public const string InvalidValue = "DOS1007";
    public const string FileTooLarge = "DOS1008";
    public const string NotText = "DOS1009";
    public const string UnreadableFile = "DOS1010";
    public const string DuplicateId = "DOS1011";
    public const string SeedNotFound = "DOS1012";
    public const string UnsafePath = "DOS1013";
    public const string ExcerptStartNotFound = "DOS1014";
    public const string ExcerptEndNotFound = "DOS1015";
    public const string LineNotFound = "DOS1016";
    public const string MissingFolder = "DOS1017";

    // Validate (DOS2xxx): rules across entities.
    public const string UnknownReference = "DOS2001";
    public const string QuoteTextNotFound = "DOS2002";
    public const string ClaimTextNotFound = "DOS2003";
    public const string DuplicateAlias = "DOS2004";
    public const string FollowsCycle = "DOS2005";
    public const string PublishedBeforeEvent = "DOS2006";
    public const string DatesOutOfOrder = "DOS2007";
    public const string Unreferenced = "DOS2008";
    public const string UnlistedReport = "DOS2009";
    public const string DuplicateReport = "DOS2010";
    public const string DuplicateClaimant = "DOS2011";

    // Render (DOS3xxx): templates.
    public const string TemplateMissing = "DOS3001";
    public const string TemplateSyntax = "DOS3002";
    public const string TemplateRuntime = "DOS3003";
    public const string TemplateUnknownName = "DOS3004";
    public const string PartialNotFound = "DOS3005";
    public const string TemplateLimit = "DOS3006";

    // Write (DOS4xxx): the output folder.
    public const string OutputNotWritable = "DOS4001";
    public const string BrokenLink = "DOS4002";
}
