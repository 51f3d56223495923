using Dossier.Cli;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editor;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task The_serve_command_prints_its_address_serves_and_stops_cleanly_when_cancelled()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var output = new LogWriter();
        var error = new LogWriter();
        using var stop = new CancellationTokenSource();

        // Cancelling the token is what Ctrl+C does to the command.
        var running = CommandRunner.RunAsync(Cli.Root(), ["serve", "--port", "0", .. Cli.Folders(dossier)], output, error, stop.Token);
        var text = await Eventually.Get(() => Task.FromResult(output.Text), t => t.Contains("Serving http://127.0.0.1:") || running.IsCompleted,
            "the address is printed");
        text.ShouldContain("Built ");
        var address = text[(text.IndexOf("Serving ", StringComparison.Ordinal) + "Serving ".Length)..].Split('\n')[0].Trim();
        using var http = new HttpClient();
        (await http.GetStringAsync(address + "index.html")).ShouldContain("Test dossier");

        await stop.CancelAsync();

        (await running.WaitAsync(Eventually.Timeout)).ShouldBe(0);
        output.Text.TrimEnd().ShouldEndWith("Stopped.");
        error.Text.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_with_a_plain_message()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = await Cli.RunAsync(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. Cli.Folders(dossier)]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"Cannot serve on port {port}:");
        run.Error.TrimEnd().Split('\n').Length.ShouldBe(1, run.Error);
    }
}
