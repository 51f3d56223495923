using System.CommandLine;
using Dossier.Cli;
using Dossier.Cli.Commands;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>Runs the command line in-process, the way Program.cs does, capturing what it prints.</summary>
internal static class Cli
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static RootCommand Root() => new("Dossier (test)")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        ServeCommand.Create(),
        NewCommand.Create(),
    };

    public static async Task<Run> RunAsync(params string[] args) => await RunAsync(Root(), args);

    public static async Task<Run> RunAsync(RootCommand root, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandRunner.RunAsync(root, args, output, error);
        return new Run(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The folder options that point every command at a test dossier (paths are absolute: the tests share one working directory).</summary>
    public static string[] Folders(TestDossier dossier) =>
        ["--content", dossier.Paths.Content, "--seeds", dossier.Paths.Seeds, "--templates", dossier.Paths.Templates, "--out", dossier.Paths.Output];
}
