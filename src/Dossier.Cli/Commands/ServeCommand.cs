using System.CommandLine;
using Dossier.Building;
using Dossier.Cli.Serving;

namespace Dossier.Cli.Commands;

/// <summary>`serve`: build, preview on 127.0.0.1, rebuild on every change, reload open pages; Ctrl+C stops.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "Port to serve on; 0 picks a free one", DefaultValueFactory = _ => 0 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535.");
        });
        var drafts = new Option<string>("--drafts") { Description = "Folder of drafts (from `draft`) to list on the preview's drafts page", DefaultValueFactory = _ => "drafts" };
        var command = new Command("serve", "Build, serve the site on 127.0.0.1, and rebuild and reload pages whenever the dossier changes");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(drafts);
        command.SetAction(async (parse, cancellation) =>
        {
            var output = TextWriter.Synchronized(parse.InvocationConfiguration.Output);
            var paths = site.Paths(parse);
            await using var server = new PreviewServer(paths, new BuildOptions(parse.GetValue(site.Strict)), parse.GetValue(port), output,
                Path.GetFullPath(parse.GetValue(drafts)!));
            try
            {
                await server.RunAsync(cancellation);
            }
            catch (IOException e)
            {
                // Kestrel's message for a port in use is clear enough; the stack trace is not.
                parse.InvocationConfiguration.Error.WriteLine($"Cannot serve on port {parse.GetValue(port)}: {e.Message} Choose another port with --port, leave --port out to take a free one, or stop the other preview.");
                return (int)ExitCode.BadUsage;
            }
            return (int)ExitCode.Success;
        });
        return command;
    }
}
