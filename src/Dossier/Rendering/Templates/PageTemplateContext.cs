using System.Collections;
using DiagnosticCodes = Dossier.Diagnostics.DiagnosticCodes;
using Dossier.Rendering.Html;
using Dossier.Rendering.Views;
using Dossier.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Dossier.Rendering.Templates;

/// <summary>
/// The Scriban context pages render in, one per rendering thread. Scriban writes values as they are; this context
/// HTML-escapes every value a template writes except <see cref="SafeHtml"/>, lets templates see nothing but views
/// and the functions Dossier registers, and makes an unknown name an error that suggests the nearest known one.
/// </summary>
internal sealed class PageTemplateContext : TemplateContext
{
    /// <summary>The variable every template has besides its view's members.</summary>
    public const string LinksVariable = "links";

    // The view's members, as the page's variables; reused from page to page.
    private readonly ScriptObject _page = new();

    // The page being written, and how many characters have gone straight into it.
    private WriterOutput? _output;
    private long _characters;

    // Loop steps of a compiled page, held to the interpreter's limit.
    private long _compiledSteps;

    public PageTemplateContext(ScriptObject builtins) : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        AutoIndent = false;
        NewLine = "\n";
        LoopLimit = TemplateLimits.LoopIterations;
        RecursiveLimit = TemplateLimits.Depth;
        OutputLimit = TemplateLimits.PageCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        TryGetVariable = UnknownVariable;
        TryGetMember = UnknownMember;
    }

    /// <summary>Renders <paramref name="template"/> with the view's members and links as its variables, straight into <paramref name="output"/>.</summary>
    public void Render(Template template, object view, SiteLinks links, TextWriter output) =>
        Render(view, links, output, () => template.Render(this));

    /// <summary>The same, through the template's compiled form; throws <see cref="InterpretInstead"/> where only the interpreter will do.</summary>
    public void Render(CompiledTemplate template, object view, SiteLinks links, TextWriter output) =>
        Render(view, links, output, () => template.Body(new CompiledFrame(this, _page, BuiltinObject, null, template.Slots, 0)));

    private void Render(object view, SiteLinks links, TextWriter output, Action render)
    {
        _page.Clear();
        var accessor = GetMemberAccessor(view);
        foreach (var name in accessor.GetMembers(this, default, view))
        {
            accessor.TryGetValue(this, default, view, name, out var value);
            _page.SetValue(name, value, readOnly: true);
        }
        _page.SetValue(LinksVariable, links, readOnly: true);
        PushGlobal(_page);
        _output = new WriterOutput(output);
        _characters = 0;
        _compiledSteps = 0;
        PushOutput(_output);
        try
        {
            render();
        }
        finally
        {
            PopOutput();
            PopGlobal();
            _output = null;
        }
    }

    /// <summary>One more step of a compiled loop; past the limit, the interpreter draws the page and reports it.</summary>
    public void StepCompiledLoop()
    {
        if (++_compiledSteps > TemplateLimits.LoopIterations) throw new InterpretInstead();
    }

    public override TemplateContext Write(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case SafeHtml html:
                return Write(html.Value);
            case string text:
                WriteEscaped(text);
                return this;
            default:
                WriteEscaped(ObjectToString(value) ?? "");
                return this;
        }
    }

    /// <summary>
    /// Truth as template authors expect it: besides false and nothing, an empty list or empty text is false too, so
    /// <c>{{ if quotes }}</c> means "if there are quotes". (Scriban on its own counts both as true.)
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        bool truth => truth,
        null => false,
        string text => text.Length > 0,
        ICollection list => list.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>A compiled template's own text, written as the interpreter would write it.</summary>
    public void WriteText(string text, int start, int length)
    {
        if (Direct(length) is { } writer) writer.Write(text.AsSpan(start, length));
        else Write(text, start, length);
    }

    /// <summary>
    /// The page's writer, where what is written can go straight into it (the page itself, not text being captured
    /// elsewhere), counting it against the page's limit; otherwise null, and Scriban's own path writes it.
    /// </summary>
    private TextWriter? Direct(int length)
    {
        if (!ReferenceEquals(Output, _output) || CurrentIndent is not null) return null;
        _characters += length;
        if (_characters > TemplateLimits.PageCharacters)
            throw new Scriban.Syntax.ScriptRuntimeException(CurrentSpan, $"Rendered output exceeds OutputLimit `{TemplateLimits.PageCharacters}`.");
        return _output.Writer;
    }

    private void WriteEscaped(string text)
    {
        // Values go straight into the page's writer, which is most of what a page is made of; Scriban's own path
        // (indentation, output limit) is for text captured elsewhere.
        if (Direct(text.Length) is not { } writer)
        {
            WriteEscapedThroughScriban(text);
            return;
        }
        var rest = text.AsSpan();
        int at;
        while ((at = HtmlText.IndexOfSpecial(rest)) >= 0)
        {
            writer.Write(rest[..at]);
            writer.Write(HtmlText.Entity(rest[at]));
            rest = rest[(at + 1)..];
        }
        writer.Write(rest);
    }

    private void WriteEscapedThroughScriban(string text)
    {
        var from = 0;
        int at;
        while ((at = HtmlText.IndexOfSpecial(text.AsSpan(from))) >= 0)
        {
            Write(text, from, at);
            Write(HtmlText.Entity(text[from + at]));
            from += at + 1;
        }
        Write(text, from, text.Length - from);
    }

    /// <summary>Views, lists and Scriban's own objects have members; any other .NET object shows none.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        IsView(target.GetType()) ? ViewAccessor.For(target.GetType())
        : target is IScriptObject or string or IList ? base.GetMemberAccessorImpl(target)
        : NullAccessor.Default;

    // An array of views reports the views' namespace as its own, hence the first test.
    private static bool IsView(Type type) => !type.IsArray && type.Namespace == typeof(SafeHtml).Namespace && type != typeof(SafeHtml);

    private bool UnknownVariable(TemplateContext context, SourceSpan span, Scriban.Syntax.ScriptVariable variable, out object? value)
    {
        if (TemplateFunctions.Withheld.TryGetValue(variable.Name, out var why))
            throw new TemplateProblem(span, DiagnosticCodes.TemplateUnknownName, $"'{variable}' is not available in Dossier's templates.", why);
        var known = _page.Keys.Concat(BuiltinObject.Keys);
        throw new TemplateProblem(span, DiagnosticCodes.TemplateUnknownName, $"'{variable}' is not defined here.",
            Suggestions.DidYouMean(variable.Name, known) ?? "docs/templates.md lists what each page's template can use.");
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var members = context.GetMemberAccessor(target).GetMembers(context, span, target).ToArray();
        var owner = target is IList ? "a list" : IsView(target.GetType()) ? $"a {target.GetType().Name}" : target is IScriptObject ? "these functions" : "this value";
        throw new TemplateProblem(span, DiagnosticCodes.TemplateUnknownName, $"'{member}' is not a field of {owner}.",
            Suggestions.DidYouMean(member, members) ?? (members.Length > 0 ? $"Its fields are: {string.Join(", ", members)}." : null));
    }

    /// <summary>Writes into the page's writer; says nothing when Scriban asks for the whole output as a string, so no page is copied.</summary>
    private sealed class WriterOutput(TextWriter writer) : IScriptOutput
    {
        public TextWriter Writer { get; } = writer;

        public void Write(string text, int offset, int count) => Writer.Write(text.AsSpan(offset, count));

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => "";
    }
}
