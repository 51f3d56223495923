using System.CommandLine;
using Dossier.Cli;
using Dossier.Cli.Commands;

var root = new RootCommand("Dossier: publish a briefing dossier as a static website")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    DraftCommand.Create(),
};

return await CommandRunner.RunAsync(root, args, Console.Out, Console.Error);
