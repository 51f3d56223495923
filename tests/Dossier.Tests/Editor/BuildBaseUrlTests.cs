using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class BuildBaseUrlTests
{
    [Fact]
    public async Task Build_accepts_an_absolute_base_url()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync(["build", "--base-url", "https://owner.github.io/repo/", .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        File.Exists(Path.Combine(dossier.Paths.Output, "index.html")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("owner.github.io/repo")]
    [InlineData("ftp://owner.github.io/repo/")]
    [InlineData("/repo/")]
    public async Task Build_refuses_a_base_url_that_is_not_an_absolute_web_address(string url)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        var run = await Cli.RunAsync(["build", "--base-url", url, .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--base-url must be an absolute http:// or https:// address");
        Directory.Exists(dossier.Paths.Output).ShouldBeFalse();
    }
}
