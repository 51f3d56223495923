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
    public void Render(Template template, object view, SiteLinks links, TextWriter output)
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
        PushOutput(new WriterOutput(output));
        try
        {
            template.Render(this);
        }
        finally
        {
            PopOutput();
            PopGlobal();
        }
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
        string text => text.Length > 0,
        ICollection list => list.Count > 0,
        _ => base.ToBool(span, value),
    };

    private void WriteEscaped(string text)
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
        target is IScriptObject or string or IList || IsView(target.GetType()) ? base.GetMemberAccessorImpl(target) : NullAccessor.Default;

    private static bool IsView(Type type) => type.Namespace == typeof(SafeHtml).Namespace && type != typeof(SafeHtml);

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
        public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => "";
    }
}
