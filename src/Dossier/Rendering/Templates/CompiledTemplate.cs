using Scriban.Runtime;

namespace Dossier.Rendering.Templates;

/// <summary>
/// A template that <see cref="TemplateCompiler"/> turned into delegates. It writes exactly what Scriban's interpreter
/// would; wherever it cannot be sure of that (a missing name, an empty value, a limit), it throws
/// <see cref="InterpretInstead"/> and the page is drawn again by the interpreter, which is the reference.
/// </summary>
internal sealed class CompiledTemplate
{
    /// <summary>Set once compiled; a template that includes itself refers to this object before its body exists.</summary>
    public Action<CompiledFrame> Body { get; set; } = _ => throw new InterpretInstead();

    /// <summary>How many loop variables and loop counters a frame of this template holds.</summary>
    public int Slots { get; set; }
}

/// <summary>One template being drawn: the page's variables, the partial's named arguments, and its loops.</summary>
internal sealed class CompiledFrame(PageTemplateContext context, ScriptObject page, ScriptObject functions, (string Name, object? Value)[]? locals, int slots, int depth)
{
    public PageTemplateContext Context { get; } = context;
    public ScriptObject Page { get; } = page;
    public ScriptObject Functions { get; } = functions;
    /// <summary>A partial's named arguments, in the order given (a name given twice is the later value); a few at most.</summary>
    public (string Name, object? Value)[]? Locals { get; } = locals;
    public object?[] Slots { get; } = slots == 0 ? [] : new object?[slots];
    public int Depth { get; } = depth;
}

/// <summary>Where a loop is, for <c>for.first</c>, <c>for.index</c> and the like.</summary>
internal sealed class LoopPosition(int length)
{
    public int Length { get; } = length;
    public int Index { get; set; }
}

/// <summary>The compiled template met something only the interpreter handles as Scriban does (most often, a mistake to report).</summary>
internal sealed class InterpretInstead : Exception;
