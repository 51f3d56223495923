using System.CommandLine;
using Dossier.Cli;
using Dossier.Cli.Commands;

var root = new RootCommand("Dossier: publish a briefing dossier as a static website")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Run with --help to see the commands and options.");
    return (int)ExitCode.BadUsage;
}
return parse.Invoke();
