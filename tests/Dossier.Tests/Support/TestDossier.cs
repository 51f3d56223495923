using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Loading;

namespace Dossier.Tests.Support;

/// <summary>
/// A throwaway dossier written from one multi-file string, for focused tests:
/// each file starts with a line "--- path" (relative to the dossier's root), e.g. "--- content/actors/x.yml".
/// Templates are the repository's own unless the string provides some.
/// </summary>
public sealed class TestDossier : IDisposable
{
    private TestDossier(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>Decided on each use, so that templates written by the test (after creation) are the ones used.</summary>
    public SitePaths Paths
    {
        get
        {
            var own = Path.Combine(Root, "templates");
            var templates = Directory.Exists(own) ? own : Repo.Templates;
            return new SitePaths(Root, Path.Combine(Root, "content"), Path.Combine(Root, "seeds"), templates, Path.Combine(Root, "output"));
        }
    }

    /// <summary>A minimal valid dossier to start from; tests add or replace files.</summary>
    public const string Minimal = """
        --- content/dossier.yml
        title: Test dossier
        --- content/outlets/courier.yml
        name: Courier
        --- content/actors/ana-lima.yml
        name: Ana Lima
        kind: person
        aliases: [Lima]
        --- content/events/storm.yml
        title: Storm
        date: 2021-03-01
        participants:
          - actor: ana-lima
        --- content/articles/report.yml
        title: Report
        outlet: courier
        published: 2021-03-02
        source: report.txt
        events: [storm]
        --- content/quotes/lima-safe.yml
        speaker: ana-lima
        text: We will stay safe
        event: storm
        reported:
          - article: report
        --- seeds/report.txt
        Lima said: “We will stay safe,” after the storm.
        """;

    public static TestDossier Create(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "dossier-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var dossier = new TestDossier(root);
        dossier.Write(files);
        return dossier;
    }

    /// <summary>Writes (or overwrites) the files in the string.</summary>
    public void Write(string files)
    {
        string? path = null;
        var lines = new List<string>();
        void Flush()
        {
            if (path is null) return;
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, string.Join('\n', lines) + "\n");
            lines.Clear();
        }
        foreach (var line in files.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                Flush();
                path = line[4..].Trim();
            }
            else
            {
                lines.Add(line);
            }
        }
        Flush();
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public BuildResult Check(bool strict = false) => SiteBuilder.Check(Paths, new BuildOptions(strict));

    public BuildResult Build(bool strict = false) => SiteBuilder.Build(Paths, new BuildOptions(strict));

    /// <summary>The diagnostics of a check, each in its printed form.</summary>
    public IReadOnlyList<string> Diagnostics(bool strict = false) => Check(strict).Diagnostics.Select(d => d.Format()).ToArray();

    public IReadOnlyList<Diagnostic> DiagnosticsWithCode(string code) => Check().Diagnostics.Where(d => d.Code == code).ToArray();

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Paths.Output, path));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Temporary folder; the OS cleans it up eventually.
        }
    }
}
