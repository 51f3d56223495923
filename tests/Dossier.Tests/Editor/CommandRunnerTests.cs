using System.CommandLine;

namespace Dossier.Tests.Editor;

public sealed class CommandRunnerTests
{
    [Fact]
    public async Task An_unexpected_exception_prints_one_line_without_a_stack_trace_and_exits_2()
    {
        // Given a command with a bug
        var broken = new Command("broken");
        broken.SetAction(_ => ThrowBug());
        var root = new RootCommand { broken };

        // When it runs
        var run = await Cli.RunAsync(root, ["broken"]);

        // Then the editor sees one plain line, and no trace
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("Dossier hit an internal error (a bug): The index was out of step.\n");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_exception_in_an_asynchronous_command_is_reported_the_same_way()
    {
        var broken = new Command("broken");
        broken.SetAction(async (_, cancellation) =>
        {
            await Task.Yield();
            return ThrowBug();
        });

        var run = await Cli.RunAsync(new RootCommand { broken }, ["broken"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("Dossier hit an internal error (a bug): The index was out of step.\n");
    }

    [Fact]
    public async Task A_usage_error_exits_2_with_a_pointer_to_help()
    {
        var run = await Cli.RunAsync("buidl");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("buidl");
        run.Error.ShouldContain("Run with --help");
        run.Error.ShouldNotContain("   at ");
    }

    private static int ThrowBug() => throw new InvalidOperationException("The index was out of step.");
}
