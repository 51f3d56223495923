using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Drafting;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Tests.Support;

namespace Dossier.Tests.Drafting;

/// <summary>Drafts of small invented texts, against an empty dossier unless one is given.</summary>
internal static class Drafts
{
    public static Content Empty { get; } = new(SiteInfo.Fallback(SourceSpan.File("content/dossier.yml")), [],
        new Dictionary<Article, ArticleText>(), new HashSet<(EntityKind, string)>());

    public static Draft Of(string text, Content? known = null) =>
        Drafter.Draft(known ?? Empty, [new SeedFile("seed.txt", text.ReplaceLineEndings("\n"))]);

    /// <summary>The one proposal whose words start so.</summary>
    public static QuoteProposal Quote(this Draft draft, string startsWith) =>
        draft.Quotes.Single(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    /// <summary>A dossier written from the multi-file string and loaded, as `draft` would load it.</summary>
    public static Content Load(TestDossier dossier)
    {
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Load(dossier.Paths, bag);
        bag.HasErrors.ShouldBeFalse();
        return content;
    }
}
