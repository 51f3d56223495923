using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Dossier.Cli.Serving;

/// <summary>
/// Answers one request of the preview: the site's files (pages with the serve additions), serve's own script,
/// style, event stream and page of drafts, the site's 404 page, or, while no build has ever succeeded, the list of problems.
/// Read-only: anything but GET and HEAD is refused.
/// </summary>
/// <param name="drafts">Where the drafts waiting for review are: listed on their own page, counted on every page.</param>
public sealed class SiteResponder(string output, Func<BuildSnapshot> current, ReloadEvents events, CancellationToken stopping,
    DraftsFolder? drafts = null)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        var snapshot = current();
        switch (path)
        {
            case ServeAssets.EventsPath:
                await events.StreamAsync(context, () => current().Version, stopping);
                return;
            case ServeAssets.ScriptPath:
                await SendAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ServeAssets.Script));
                return;
            case ServeAssets.StylePath:
                await SendAsync(context, StatusCodes.Status200OK, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(ServeAssets.Style));
                return;
            case ServeAssets.DraftsPath:
                await SendAsync(context, StatusCodes.Status200OK, "text/html; charset=utf-8",
                    Encoding.UTF8.GetBytes(DraftsPage.Html(drafts?.Read() ?? [], drafts?.Display ?? "drafts", snapshot)));
                return;
        }

        var lookup = SiteFiles.Find(output, path);
        if (lookup.RedirectTo is { } target)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = new PathString(target).ToUriComponent() + request.QueryString;
            return;
        }
        if (lookup.File is { } file && await TryReadAsync(file) is { } bytes)
        {
            await SendFileAsync(context, StatusCodes.Status200OK, file, bytes, snapshot);
            return;
        }
        if (!Directory.Exists(output))
        {
            // No build has ever succeeded: every page is the list of problems.
            await SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8",
                Encoding.UTF8.GetBytes(ServeAssets.FailurePage(snapshot)));
            return;
        }
        if (path == "/favicon.ico")
        {
            // Browsers ask for it unprompted; a site without one should not fill the console with 404s while previewing.
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        var notFound = Path.Combine(output, Dossier.Rendering.Routes.NotFound);
        if (await TryReadAsync(notFound) is { } page)
        {
            await SendFileAsync(context, StatusCodes.Status404NotFound, notFound, RootRelative(page), snapshot);
            return;
        }
        await SendAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found\n"));
    }

    // The 404 page is written for the top folder; served at /quotes/missing.html its relative links would point
    // into /quotes/, so here they are made relative to the server's root instead.
    private static byte[] RootRelative(byte[] page) =>
        Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(
            Encoding.UTF8.GetString(page), @"\b(href|src)=""(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)", "$1=\"/"));

    private static async Task<byte[]?> TryReadAsync(string file)
    {
        try
        {
            return await File.ReadAllBytesAsync(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone between lookup and read: a rebuild swapped the output folder. The page reloads after the build anyway.
            return null;
        }
    }

    private Task SendFileAsync(HttpContext context, int status, string file, byte[] bytes, BuildSnapshot snapshot)
    {
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            var html = ServeAssets.Inject(Encoding.UTF8.GetString(bytes), snapshot, drafts?.Count() ?? 0);
            return SendAsync(context, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
        }
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml")
            type += "; charset=utf-8";
        return SendAsync(context, status, type, bytes);
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
