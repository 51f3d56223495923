using Dossier.Diagnostics;
using Dossier.Loading;
using Scriban;
using Scriban.Syntax;

namespace Dossier.Rendering.Templates;

/// <summary>
/// Scriban behind <see cref="ITemplateEngine"/>: every templates/*.sbn-html parsed once as a page template, every
/// templates/epub/*.sbn-xhtml as a template of the EPUB's documents ("epub/chapter"), every
/// templates/partials/**/*.sbn-html as a partial for include. Mistakes are diagnostics at the template's line and
/// column, when parsing and when rendering.
/// </summary>
public sealed class ScribanTemplates : ITemplateEngine
{
    /// <summary>The extension editors' Scriban support recognises as HTML with Scriban in it.</summary>
    public const string Extension = ".sbn-html";

    /// <summary>The same for XHTML, which the EPUB's documents are: they must be well-formed XML, so they are templates of their own.</summary>
    public const string XhtmlExtension = ".sbn-xhtml";

    /// <summary>The folder of the EPUB's templates, and the start of their names.</summary>
    public const string EpubFolder = "epub";

    private readonly Dictionary<string, Template> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _partials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompiledTemplate> _compiled = new(StringComparer.Ordinal);

    // Scriban's contexts are not thread-safe, and cheap to keep: one per rendering thread, for this set of templates.
    [ThreadStatic] private static PageTemplateContext? _context;
    [ThreadStatic] private static ScribanTemplates? _contextOwner;

    private readonly string _folder;

    private ScribanTemplates(string folder)
    {
        _folder = folder;
    }

    /// <param name="paths">Where templates/ is.</param>
    /// <param name="bag">Where mistakes in templates are reported.</param>
    /// <param name="compile">Whether templates that allow it are compiled; without, every page is interpreted (the reference the tests compare with).</param>
    public static ScribanTemplates Load(SitePaths paths, DiagnosticBag bag, bool compile = true)
    {
        var engine = new ScribanTemplates(paths.Templates);
        // A missing folder is reported once, before the build starts (InputFolders).
        if (!Directory.Exists(paths.Templates)) return engine;
        foreach (var file in Directory.EnumerateFiles(paths.Templates, "*" + Extension).Order(StringComparer.Ordinal))
        {
            if (Parse(file, paths, bag) is { } template) engine._pages[NameOf(paths.Templates, file)] = template;
        }
        var epub = Path.Combine(paths.Templates, EpubFolder);
        if (Directory.Exists(epub))
        {
            foreach (var file in Directory.EnumerateFiles(epub, "*" + XhtmlExtension).Order(StringComparer.Ordinal))
            {
                if (Parse(file, paths, bag) is { } template) engine._pages[EpubFolder + "/" + Path.GetFileName(file)[..^XhtmlExtension.Length]] = template;
            }
        }
        var partials = Path.Combine(paths.Templates, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (Parse(file, paths, bag) is { } template) engine._partials[NameOf(partials, file)] = template;
            }
        }
        if (!compile) return engine;
        var compiler = new TemplateCompiler(engine._partials);
        foreach (var (name, template) in engine._pages)
        {
            if (compiler.Compile(template) is { } compiled) engine._compiled[name] = compiled;
        }
        return engine;
    }

    /// <summary>The page templates that every page is interpreted for, since they use more than the compiler takes.</summary>
    public IReadOnlyList<string> Interpreted => _pages.Keys.Where(name => !_compiled.ContainsKey(name)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The file of a page template, under templates/: "actor.sbn-html", "epub/chapter.sbn-xhtml".</summary>
    public static string FileName(string template) =>
        template.StartsWith(EpubFolder + "/", StringComparison.Ordinal) ? template + XhtmlExtension : template + Extension;

    /// <summary>"actor" for templates/actor.sbn-html, "charts/timeline" for templates/partials/charts/timeline.sbn-html.</summary>
    private static string NameOf(string folder, string file) =>
        Path.GetRelativePath(folder, file)[..^Extension.Length].Replace(Path.DirectorySeparatorChar, '/');

    private static Template? Parse(string file, SitePaths paths, DiagnosticBag bag)
    {
        var display = paths.Display(file);
        if (InputFile.ReadText(file, display, paths.Templates, TemplateLimits.TemplateBytes, bag) is not { } text) return null;
        var template = Template.Parse(text, display);
        if (!template.HasErrors) return template;
        // Scriban may add follow-on messages for one mistake; the first is the one that explains it.
        var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
        bag.Error(DiagnosticCodes.TemplateSyntax, SpanOf(first.Span), $"Template syntax: {Sentence(first.Message)}",
            first.Message.Contains("<end>", StringComparison.Ordinal)
                ? "Every {{ if }}, {{ for }}, {{ while }}, {{ capture }} and {{ func }} needs its {{ end }}; the file ended first."
                : "Check the expression between '{{' and '}}' here: each '{{' needs its '}}', and text in quotes its closing quote.");
        return null;
    }

    public bool Has(string template) => _pages.ContainsKey(template);

    public void ReportMissing(string template, DiagnosticBag bag)
    {
        var file = $"templates/{FileName(template)}";
        var handlebars = Path.Combine(_folder, template + ".hbs");
        bag.Error(DiagnosticCodes.TemplateMissing, SourceSpan.File(file), $"The template '{FileName(template)}' is missing.",
            File.Exists(handlebars)
                ? $"templates/{template}.hbs is a Handlebars template from an earlier Dossier: templates are now Scriban ({Extension}); " +
                  "docs/templates.md shows the syntax, and the repository's templates/ folder has every template to start from."
                : "Restore it from the repository or copy it from another dossier.");
    }

    public void Render(string template, object view, Views.SiteLinks links, TextWriter output)
    {
        if (!ReferenceEquals(_contextOwner, this) || _context is null)
        {
            _context = new PageTemplateContext(TemplateFunctions.Create(_partials));
            _contextOwner = this;
        }
        // The compiled form draws the page unless it meets what only the interpreter does as Scriban does (a mistake to
        // report, most often); then what it wrote is taken back and the interpreter draws the page. That needs the page
        // in memory, which is where pages are drawn.
        if (_compiled.TryGetValue(template, out var compiled) && output is StringWriter { } memory)
        {
            var start = memory.GetStringBuilder().Length;
            try
            {
                _context.Render(compiled, view, links, output);
                return;
            }
            catch (Exception e) when (e is InterpretInstead or ScriptRuntimeException)
            {
                memory.GetStringBuilder().Length = start;
                _context = new PageTemplateContext(TemplateFunctions.Create(_partials));
            }
        }
        try
        {
            _context.Render(_pages[template], view, links, output);
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave the context half-way through a loop or an include: the next page gets a new one.
            _context = null;
            throw Describe(e);
        }
    }

    private static TemplateException Describe(ScriptRuntimeException e)
    {
        var span = SpanOf(e.Span);
        var message = Sentence(e.OriginalMessage);
        if (e is TemplateProblem problem) return new TemplateException(problem.Code, span, message, problem.Hint);
        if (e.OriginalMessage.StartsWith("Exceeding number of", StringComparison.Ordinal) ||
            e.OriginalMessage.StartsWith("Rendered output exceeds", StringComparison.Ordinal))
        {
            return new TemplateException(DiagnosticCodes.TemplateLimit, span, message,
                "A loop that never ends, or a partial that includes itself, stops here; check the loop's condition or the include.");
        }
        return new TemplateException(DiagnosticCodes.TemplateRuntime, span, message,
            "An optional value may be empty: guard it with {{ if value }} before using its fields.");
    }

    private static SourceSpan SpanOf(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "templates", span.Start.Line + 1, span.Start.Column + 1);

    private static string Sentence(string message)
    {
        var text = message.ReplaceLineEndings(" ").Trim();
        return text.EndsWith('.') ? text : text + ".";
    }
}
