using System.Runtime.CompilerServices;

namespace Dossier.Tests.Support;

/// <summary>Finds folders of the repository from the test's own source location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Dossier.Tests", "Fixtures", name);

    private static string FindRoot([CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dossier.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Dossier.sln not found above " + source);
    }
}
