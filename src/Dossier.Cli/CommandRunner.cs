using System.CommandLine;

namespace Dossier.Cli;

/// <summary>
/// Parses and runs a command line, mapping every outcome to an exit code: usage errors give 2 with
/// System.CommandLine's message, and an unexpected exception (a bug) gives 2 with one plain line, never a stack trace.
/// </summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error,
        CancellationToken cancellation = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine(problem.Message);
            error.WriteLine("Run with --help to see the commands and options.");
            return (int)ExitCode.BadUsage;
        }

        var configuration = new InvocationConfiguration
        {
            // Without the default handler an exception reaches the catch below instead of being printed with its trace.
            EnableDefaultExceptionHandler = false,
            // Ctrl+C cancels the token a long-running command (serve) is given, and waits this long for it to stop:
            // long enough for a build in progress to finish, so output/ is never left half swapped.
            // A new configuration leaves this unset, which would let Ctrl+C kill the process outright.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
            Output = output,
            Error = error,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The caller stopped the command (a test, or a host shutting down): not a bug.
            return (int)ExitCode.Success;
        }
        catch (Exception e)
        {
            error.WriteLine(InternalError(e));
            return (int)ExitCode.BadUsage;
        }
    }

    public static string InternalError(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate) e = aggregate.InnerExceptions[0];
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        return $"Dossier hit an internal error (a bug): {message}";
    }
}
