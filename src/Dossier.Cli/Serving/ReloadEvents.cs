using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Dossier.Cli.Serving;

/// <summary>
/// Server-sent events telling open pages the build version: once on connecting and after every build.
/// A page whose version differs reloads itself (see ServeAssets.Script).
/// </summary>
public sealed class ReloadEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<int>> _listeners = [];

    public void Publish(int version)
    {
        lock (_lock)
        {
            foreach (var listener in _listeners) listener.Writer.TryWrite(version);
        }
    }

    public async Task StreamAsync(HttpContext context, Func<int> currentVersion, CancellationToken stopping)
    {
        var listener = Channel.CreateUnbounded<int>();
        lock (_lock) _listeners.Add(listener);
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            // Subscribed before reading the version, so a build finishing in between is not missed.
            await SendAsync(context.Response, $"retry: 1000\ndata: {currentVersion()}\n\n", done.Token);
            await foreach (var version in listener.Reader.ReadAllAsync(done.Token))
                await SendAsync(context.Response, $"data: {version}\n\n", done.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            lock (_lock) _listeners.Remove(listener);
        }
    }

    private static async Task SendAsync(HttpResponse response, string message, CancellationToken cancellation)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), cancellation);
        await response.Body.FlushAsync(cancellation);
    }
}
