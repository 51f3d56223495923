using Microsoft.Extensions.Hosting;

namespace Dossier.Cli.Serving;

/// <summary>
/// Replaces the host's console lifetime: Ctrl+C is the command line's to handle (it cancels the serve command),
/// and a server started from a test must not catch the test process's signals or print status lines.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
