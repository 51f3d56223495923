using System.Net;
using System.Text;

namespace Dossier.Cli.Serving;

/// <summary>
/// What `serve` adds to the pages it sends, and never writes to output/: a script that reloads the page when the
/// site is rebuilt, and, while the last build failed, a panel listing its problems. The pages' Content-Security-Policy
/// allows only same-origin scripts and styles, so both come from the server's own /__dossier/ paths, not inline.
/// </summary>
public static class ServeAssets
{
    public const string Prefix = "/__dossier/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "serve.js";
    public const string StylePath = Prefix + "serve.css";

    /// <summary>The page listing the drafts waiting for review (see DraftsPage).</summary>
    public const string DraftsPath = Prefix + "drafts";

    /// <summary>Marks everything serve injects, so tests (and curious readers of the page source) can tell it apart.</summary>
    public const string Marker = "data-dossier-serve";

    public const string Script = """
        // Added by `dossier serve` only: reloads the page when the site has been rebuilt.
        (function () {
          var script = document.currentScript;
          var version = script && script.getAttribute("data-version");
          var events = new EventSource("/__dossier/events");
          events.onmessage = function (message) {
            if (message.data !== version) {
              events.close();
              location.reload();
            }
          };
        })();

        """;

    public const string Style = """
        /* Added by `dossier serve` only: the panel listing the problems of a failed build. */
        .dossier-serve-errors {
          position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
          margin: 0; padding: 1rem 1.25rem; border-top: 4px solid #b00020;
          background: #fff4f4; color: #1a1a1a; font: 15px/1.45 system-ui, sans-serif;
          box-shadow: 0 -2px 12px rgba(0, 0, 0, .25);
        }
        .dossier-serve-errors h2 { margin: 0 0 .5rem; font-size: 1.1rem; color: #b00020; }
        .dossier-serve-errors p { margin: 0 0 .5rem; }
        .dossier-serve-errors ol { margin: 0; padding-left: 1.5rem; }
        .dossier-serve-errors li { margin: .25rem 0; font-family: ui-monospace, monospace; font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; }

        /* The link to the drafts waiting for review, and their page. */
        .dossier-serve-drafts {
          position: fixed; top: .5rem; right: .5rem; z-index: 2147483647; padding: .25rem .75rem; border-radius: 1rem;
          background: #1a4d8f; color: #fff; font: 13px/1.6 system-ui, sans-serif; text-decoration: none;
          box-shadow: 0 1px 6px rgba(0, 0, 0, .3);
        }
        .dossier-serve-drafts:hover, .dossier-serve-drafts:focus { text-decoration: underline; }
        .dossier-serve-drafts-page main { max-width: 60rem; margin: 0 auto; padding: 1rem; font: 15px/1.5 system-ui, sans-serif; }
        .dossier-serve-drafts-page section { border-top: 1px solid #888; margin-top: 1.5rem; }
        .dossier-serve-drafts-page pre { overflow-x: auto; padding: .5rem; background: rgba(127, 127, 127, .12); }
        .dossier-serve-drafts-page .dossier-serve-todo { color: #b00020; }

        """;

    /// <summary>
    /// The page with the reload script (and the problem panel while the last build failed, and a link to the drafts
    /// while there are any) before its closing body tag.
    /// </summary>
    public static string Inject(string html, BuildSnapshot snapshot, int drafts = 0)
    {
        var additions = Additions(snapshot, hasGoodBuild: true);
        if (drafts > 0) additions = $"<a class=\"dossier-serve-drafts\" href=\"{DraftsPath}\" {Marker}>{drafts} draft(s) to review</a>\n" + additions;
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + additions : html.Insert(at, additions);
    }

    /// <summary>Served for every page while there is no good build at all to show.</summary>
    public static string FailurePage(BuildSnapshot snapshot) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · dossier serve</title>
        </head>
        <body>
        <main>
        <h1>The dossier could not be built</h1>
        <p>There is no earlier build to show. Fix the problems below; this page reloads by itself after the next build.</p>
        </main>
        {Additions(snapshot, hasGoodBuild: false)}</body>
        </html>

        """;

    private static string Additions(BuildSnapshot snapshot, bool hasGoodBuild)
    {
        var text = new StringBuilder();
        text.Append($"<link rel=\"stylesheet\" href=\"{StylePath}\" {Marker}>\n");
        if (!snapshot.Succeeded) text.Append(Panel(snapshot, hasGoodBuild));
        text.Append($"<script src=\"{ScriptPath}\" data-version=\"{snapshot.Version}\" {Marker}></script>\n");
        return text.ToString();
    }

    private static string Panel(BuildSnapshot snapshot, bool hasGoodBuild)
    {
        var text = new StringBuilder();
        text.Append($"<section class=\"dossier-serve-errors\" role=\"alert\" {Marker}>\n");
        text.Append($"<h2>The last build failed: {snapshot.Errors} error(s)</h2>\n");
        var shown = hasGoodBuild ? "This page shows the last good build. " : "";
        text.Append($"<p>{shown}Fix the problems below and save: the page reloads by itself.</p>\n<ol>\n");
        foreach (var problem in snapshot.Problems) text.Append($"<li>{WebUtility.HtmlEncode(problem)}</li>\n");
        text.Append("</ol>\n</section>\n");
        return text.ToString();
    }
}
