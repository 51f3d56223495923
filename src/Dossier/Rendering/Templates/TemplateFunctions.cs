using Dossier.Rendering.Markdown;
using Dossier.Rendering.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace Dossier.Rendering.Templates;

/// <summary>
/// Everything a template can call besides its view. Scriban's string, array, math, object and regex functions stay,
/// less those that would make pages differ from build to build (random numbers, ids) or run text as a template;
/// its date and time functions go (dates reach templates already written out), and so does html, since Dossier
/// escapes every value itself. Dossier adds include (partials) and markdown.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Scriban's functions a template cannot call here, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Withheld = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = "Dates reach templates already written out (for example published, said), and a page must not depend on the day it was built.",
        ["timespan"] = "Dates reach templates already written out, and a page must not depend on the day it was built.",
        ["html"] = "Every value a template writes is HTML-escaped already; Markdown fields go through markdown.",
        ["include_join"] = "Use include once for each partial.",
    };

    public static ScriptObject Create(IReadOnlyDictionary<string, Template> partials)
    {
        var math = new MathFunctions();
        math.Remove("random");
        math.Remove("uuid");
        var @object = new ObjectFunctions();
        @object.Remove("eval");
        @object.Remove("eval_template");

        var functions = new ScriptObject();
        functions.SetValue("array", new ArrayFunctions(), readOnly: true);
        functions.SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        functions.SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        functions.SetValue("math", math, readOnly: true);
        functions.SetValue("object", @object, readOnly: true);
        functions.SetValue("regex", new RegexFunctions(), readOnly: true);
        functions.SetValue("string", new StringFunctions(), readOnly: true);
        functions.SetValue("include", new IncludeFunction(partials), readOnly: true);
        functions.Import("markdown", new Func<string?, SafeHtml?>(Markdown));
        return functions;
    }

    /// <summary><c>{{ summary | markdown }}</c>: the Markdown as HTML (raw HTML off, unsafe links removed), written as it is.</summary>
    internal static SafeHtml? Markdown(string? text) => MarkdownRenderer.ToHtml(text) is { } html ? new SafeHtml(html) : null;
}
