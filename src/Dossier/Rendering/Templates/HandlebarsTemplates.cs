using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Loading;
using HandlebarsDotNet;

namespace Dossier.Rendering.Templates;

/// <summary>
/// Handlebars.Net behind <see cref="ITemplateEngine"/>: every templates/*.hbs compiled once, templates/partials/*.hbs
/// registered as partials. An unknown name in a template is an error, not a silent blank.
/// </summary>
public sealed partial class HandlebarsTemplates : ITemplateEngine
{
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    private HandlebarsTemplates()
    {
    }

    public static HandlebarsTemplates Load(SitePaths paths, DiagnosticBag bag)
    {
        var engine = new HandlebarsTemplates();
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new HtmlTextEncoder(),
        });
        if (!Directory.Exists(paths.Templates))
        {
            bag.Error(DiagnosticCodes.TemplateMissing, SourceSpan.File(paths.Display(paths.Templates)),
                "The templates folder does not exist.", "Run the command from the dossier's folder, or pass --templates.");
            return engine;
        }

        var partials = Path.Combine(paths.Templates, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                var display = paths.Display(file);
                if (InputFile.ReadText(file, display, paths.Templates, InputFile.MaxYamlBytes, bag) is not { } text) continue;
                Compile(display, bag, () => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), Unindent(text)));
            }
        }
        foreach (var file in Directory.EnumerateFiles(paths.Templates, "*.hbs").Order(StringComparer.Ordinal))
        {
            var display = paths.Display(file);
            if (InputFile.ReadText(file, display, paths.Templates, InputFile.MaxYamlBytes, bag) is not { } text) continue;
            var name = Path.GetFileNameWithoutExtension(file);
            Compile(display, bag, () => engine._templates[name] = handlebars.Compile(new StringReader(Unindent(text))));
            engine._paths[name] = display;
        }
        return engine;
    }

    public bool Has(string template) => _templates.ContainsKey(template);

    private string PathOf(string template) => _paths.GetValueOrDefault(template, $"templates/{template}.hbs");

    public void Render(string template, object view, TextWriter output)
    {
        try
        {
            _templates[template](output, view, null);
        }
        catch (Exception e) when (IsTemplateError(e))
        {
            throw new TemplateException(PathOf(template), Clean(e.Message));
        }
    }

    // The exception for an unknown name in strict mode is not public, so it is recognised by its namespace.
    private static bool IsTemplateError(Exception e) =>
        e is HandlebarsException || e.GetType().Namespace?.StartsWith("HandlebarsDotNet", StringComparison.Ordinal) == true;

    private static void Compile(string display, DiagnosticBag bag, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException e)
        {
            var (line, column) = PositionIn(e.Message);
            bag.Error(DiagnosticCodes.TemplateError, new SourceSpan(display, line, column), $"Template error: {Clean(e.Message).TrimEnd('.')}.",
                "Check that every {{#block}} has its {{/block}} and every '{{' its '}}'.");
        }
    }

    // Handlebars.Net does not HTML-encode the values of a partial called on its own indented line (its
    // "standalone partial" path), which would let names reach pages as markup; so partial calls lose their indent.
    [GeneratedRegex(@"(?m)^[ \t]+(?=\{\{>)")]
    private static partial Regex PartialIndent();

    private static string Unindent(string template) => PartialIndent().Replace(template, "");

    // Handlebars.Net reports positions only inside its message text, e.g. "... at line 3, column 5" or "(3:5)".
    [GeneratedRegex(@"line (\d+)(?:,? col(?:umn)? (\d+))?|\((\d+):(\d+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Position();

    private static (int Line, int Column) PositionIn(string message)
    {
        var match = Position().Match(message);
        if (!match.Success) return (1, 1);
        var line = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[3].Value;
        var column = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[4].Success ? match.Groups[4].Value : "1";
        return (int.Parse(line), Math.Max(1, int.Parse(column)));
    }

    private static string Clean(string message) => message.ReplaceLineEndings(" ").Trim();
}
