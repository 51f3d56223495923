namespace Dossier.Tests.Editor;

/// <summary>Polls until a condition holds, failing after a timeout: for what a server does in the background.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not within {Timeout.TotalSeconds} s: {what}. Last value:\n{value}");
            await Task.Delay(50);
        }
    }
}
