using Dossier.Diagnostics;
using Dossier.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Dossier.Rendering.Templates;

/// <summary>
/// <c>{{ include "bar-chart" bars: most_quoted }}</c>: draws templates/partials/bar-chart.sbn-html where it stands,
/// its named arguments as local variables (<c>$bars</c>). Scriban's own include would read any path through a loader
/// and return the partial as text, which the page would then escape; this one knows only the partials loaded from
/// templates/partials/, and writes a partial straight into the page, so its markup is never escaped and never copied.
/// </summary>
internal sealed class IncludeFunction(IReadOnlyDictionary<string, Template> partials) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    // Direct: the arguments reach Invoke as written, named ones included, as with Scriban's own include.
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(void);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        var span = caller?.Span ?? context.CurrentSpan;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrEmpty(name) || !partials.TryGetValue(name, out var partial))
        {
            throw new TemplateProblem(span, DiagnosticCodes.PartialNotFound,
                $"There is no partial '{name}': include names a file in templates/partials/ without its extension.",
                Suggestions.DidYouMean(name ?? "", partials.Keys) ?? $"The partials are: {string.Join(", ", partials.Keys.Order(StringComparer.Ordinal))}.");
        }
        // What Scriban's include does around a partial, less the detour through a string.
        var named = NamedArguments(context, caller);
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            foreach (var (variable, value) in named) context.SetValue(variable, value, asReadOnly: false, force: true);
            partial.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
        return null;
    }

    private static List<(ScriptVariable Variable, object? Value)> NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        var named = new List<(ScriptVariable, object?)>();
        if (caller is not ScriptFunctionCall call) return named;
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument { Name: { } name, Value: { } value })
                named.Add((ScriptVariable.Create(name.Name, ScriptVariableScope.Local), context.Evaluate(value)));
        }
        return named;
    }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "partial") : new ScriptParameterInfo(typeof(object), "value");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
