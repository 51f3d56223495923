using Dossier.Loading;
using Dossier.Synth.Generation;
using Dossier.Synth.Writing;
using Dossier.Tests.Support;

namespace Dossier.Tests.Synth;

/// <summary>One small generated dossier in a temporary folder, shared by the tests of a class.</summary>
public sealed class SyntheticDossier : IDisposable
{
    public const int Articles = 50;
    public const int Seed = 7;

    public SyntheticDossier()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-synth-" + Guid.NewGuid().ToString("N"));
        DossierWriter.Write(DossierGenerator.Generate(Articles, Seed), Root);
        Paths = new SitePaths(Root, Path.Combine(Root, "content"), Path.Combine(Root, "seeds"), Repo.Templates, Path.Combine(Root, "output"));
    }

    public string Root { get; }

    public SitePaths Paths { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
