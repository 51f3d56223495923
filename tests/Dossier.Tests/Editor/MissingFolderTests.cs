using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

/// <summary>
/// A folder given (or defaulted) that is not there: one error naming the full path, exit 2, for every command that
/// reads it (check reads content and seeds, not templates).
/// </summary>
public sealed class MissingFolderTests
{
    [Theory]
    [InlineData("build", "--content")]
    [InlineData("build", "--seeds")]
    [InlineData("build", "--templates")]
    [InlineData("check", "--content")]
    [InlineData("check", "--seeds")]
    [InlineData("serve", "--seeds")]
    [InlineData("serve", "--templates")]
    public async Task A_missing_folder_is_one_error_with_its_full_path_and_exit_code_2(string command, string option)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var nowhere = Path.Combine(dossier.Root, "nope");

        var folders = Cli.Folders(dossier).ToArray();
        folders[Array.IndexOf(folders, option) + 1] = nowhere;

        var run = await Cli.RunAsync([command, .. folders]);

        run.ExitCode.ShouldBe(2);
        run.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ShouldHaveSingleItem()
            .ShouldContain($"error DOS1017: There is no {option[2..]} folder at {nowhere}. ");
        run.Output.ShouldNotContain("Serving");
    }
}
