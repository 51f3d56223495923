using System.CommandLine;
using Dossier.Text;

namespace Dossier.Cli;

/// <summary>
/// Parses and runs a command line, mapping every outcome to an exit code: usage errors give 2 with one line per
/// mistake (a misspelt command or option with the nearest one), and an unexpected exception (a bug) gives 2 with one
/// plain line, never a stack trace.
/// </summary>
public static class CommandRunner
{
    private const string HelpPointer = "Run with --help to see the commands and options.";

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error,
        CancellationToken cancellation = default)
    {
        var parse = root.Parse(args);
        var problems = UsageProblems(parse);
        if (problems.Count > 0)
        {
            for (var i = 0; i < problems.Count - 1; i++) error.WriteLine(problems[i]);
            error.WriteLine($"{problems[^1]} {HelpPointer}");
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

    /// <summary>What is wrong with the command line, one line per mistake; none when it can run.</summary>
    private static List<string> UsageProblems(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        if (parse.Errors.Count == 0 && unmatched.Count == 0) return [];

        // Still at the root: no command was recognised, so the options after it cannot be judged either.
        if (command.Subcommands.Count > 0)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
            var listed = string.Join(", ", names);
            if (unmatched is [{ } word, ..] && !word.StartsWith('-'))
                return [$"Unknown command '{word}'. {Suggestions.DidYouMean(word, names) ?? $"The commands are {listed}."}"];
            return [$"Name a command first: {listed}."];
        }

        var problems = new List<string>();
        var options = command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).Distinct().ToArray();
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (!token.StartsWith('-'))
            {
                problems.Add($"'{token}' is not an option or argument of {command.Name}.");
                continue;
            }
            var name = token.Split('=')[0];
            problems.Add($"Unknown option '{name}' for {command.Name}. {Suggestions.DidYouMean(name, options) ?? ""}".TrimEnd());
            // The word after an unknown option is most likely its value, not a second mistake.
            if (!token.Contains('=') && i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-')) i++;
        }
        // System.CommandLine says "Unrecognized command or argument" for each word explained above: those are left out.
        problems.AddRange(parse.Errors
            .Where(e => !unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal)))
            .Select(e => OneLine(e.Message)));
        return problems;
    }

    // Some messages list the allowed values one to a line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string InternalError(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate) e = aggregate.InnerExceptions[0];
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        return $"Dossier hit an internal error (a bug): {message}";
    }
}
