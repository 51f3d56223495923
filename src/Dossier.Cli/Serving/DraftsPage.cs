using System.Net;
using System.Text;
using Dossier.Editing;

namespace Dossier.Cli.Serving;

/// <summary>
/// The preview's page of pending drafts (served at <see cref="ServeAssets.DraftsPath"/>, never written to output/):
/// each file `draft` left in the drafts folder, with its evidence, the fields still to fill in, and its YAML.
/// </summary>
public static class DraftsPage
{
    public static string Html(IReadOnlyList<DraftsFolder.Draft> drafts, string folder, BuildSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Drafts to review · dossier serve</title>
            <link rel="stylesheet" href="{ServeAssets.StylePath}" {ServeAssets.Marker}>
            </head>
            <body class="dossier-serve-drafts-page">
            <main>
            <h1>Drafts to review</h1>

            """);
        text.Append(drafts.Count == 0
            ? $"<p>There are no drafts in <code>{Encode(folder)}/</code>. Run <code>dossier draft &lt;seed file&gt;</code> to propose files for a new text.</p>\n"
            : $"<p>{drafts.Count} file(s) in <code>{Encode(folder)}/</code>, proposed by <code>dossier draft</code>. None of them is part of the site until "
              + "<code>dossier draft --apply</code> moves it into <code>content/</code>: check each against its text, delete what is wrong, fill in every TODO. "
              + "This page follows the folder as you edit.</p>\n");
        text.Append("<p><a href=\"/\">Back to the site</a></p>\n");
        foreach (var draft in drafts) Section(text, draft);
        text.Append($"</main>\n<script src=\"{ServeAssets.ScriptPath}\" data-version=\"{snapshot.Version}\" {ServeAssets.Marker}></script>\n</body>\n</html>\n");
        return text.ToString();
    }

    private static void Section(StringBuilder text, DraftsFolder.Draft draft)
    {
        var lines = draft.Text.Split('\n');
        text.Append($"<section>\n<h2><code>{Encode(draft.Path)}</code></h2>\n");
        // The opening comments: the schema line is for editors' tools, the rest says where the proposal came from.
        var notes = lines.TakeWhile(l => l.StartsWith('#')).Where(l => !l.StartsWith("# yaml-language-server:", StringComparison.Ordinal)).ToArray();
        if (notes.Length > 0)
            text.Append("<ul>\n").Append(string.Concat(notes.Select(n => $"<li>{Encode(n.TrimStart('#', ' '))}</li>\n"))).Append("</ul>\n");
        var todo = DraftTodo.Find(draft.Text);
        if (todo.Count > 0)
        {
            text.Append("<p class=\"dossier-serve-todo\">To fill in:</p>\n<ul class=\"dossier-serve-todo\">\n");
            foreach (var field in todo) text.Append($"<li><strong>{Encode(field.Key)}</strong> (line {field.Line}): {Encode(field.Help)}</li>\n");
            text.Append("</ul>\n");
        }
        text.Append($"<pre>{Encode(string.Join('\n', lines.SkipWhile(l => l.StartsWith('#'))).TrimEnd())}</pre>\n</section>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
