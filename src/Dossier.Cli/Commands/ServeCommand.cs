using System.CommandLine;
using System.Globalization;
using Dossier.Building;
using Dossier.Cli.Serving;
using Dossier.Loading;

namespace Dossier.Cli.Commands;

/// <summary>`serve`: build, preview on 127.0.0.1, rebuild on every change, reload open pages; Ctrl+C stops.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port")
        {
            Description = "Port to serve on; 0 picks a free one",
            DefaultValueFactory = _ => 0,
            // Parsed here, so that a port that is not a number is a usage error in plain words rather than an exception.
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "0";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 65535) return number;
                result.AddError($"--port must be a whole number from 0 to 65535, not '{text}'.");
                return 0;
            },
        };
        var drafts = new Option<string>("--drafts") { Description = "Folder of drafts (from `draft`) to list on the preview's drafts page", DefaultValueFactory = _ => "drafts" };
        var command = new Command("serve", "Build, serve the site on 127.0.0.1, and rebuild and reload pages whenever the dossier changes");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(drafts);
        command.SetAction(async (parse, cancellation) =>
        {
            var output = TextWriter.Synchronized(parse.InvocationConfiguration.Output);
            var paths = site.Paths(parse);
            // With a folder missing there is nothing to build or watch: say where it was looked for, and stop.
            if (InputFolders.Missing(paths, templates: true) is { Count: > 0 } missing)
            {
                DiagnosticPrinter.Print(missing, "text", output, paths.Root);
                return (int)ExitCode.BadUsage;
            }
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
