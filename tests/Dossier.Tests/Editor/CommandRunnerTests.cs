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
    public async Task A_misspelt_command_suggests_the_nearest_one_in_one_line_and_exits_2()
    {
        var run = await Cli.RunAsync("buidl");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("Unknown command 'buidl'. Did you mean 'build'? Run with --help to see the commands and options.\n");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_misspelt_option_suggests_the_nearest_one_and_its_value_is_not_a_second_mistake()
    {
        var run = await Cli.RunAsync("build", "--ouput", "site");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("Unknown option '--ouput' for build. Did you mean '--out'? Run with --help to see the commands and options.\n");
    }

    [Fact]
    public async Task A_port_that_is_not_a_number_is_a_usage_error_in_one_line_without_a_stack_trace()
    {
        var run = await Cli.RunAsync("serve", "--port", "abc");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("--port must be a whole number from 0 to 65535, not 'abc'. Run with --help to see the commands and options.\n");
        run.Output.ShouldBeEmpty();
    }

    private static int ThrowBug() => throw new InvalidOperationException("The index was out of step.");
}
