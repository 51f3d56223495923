using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Dossier.Rendering.Templates;

/// <summary>
/// Turns a parsed template into delegates, when it keeps to what page templates use: text, values, if/else, for
/// loops over lists, member and index access, comparisons, !, &amp;&amp;, ||, markdown and include. Scriban's
/// interpreter walks the syntax tree for every value of every page, which made rendering twice as slow as the
/// compiled templates Dossier had before; a template with anything else (assignments, while, functions of its own,
/// capture...) is simply left to the interpreter. Every step does what the interpreter does, through the same
/// context (truth, comparison, member access, escaping); where that is not certain, it hands the page back.
/// </summary>
internal sealed class TemplateCompiler(IReadOnlyDictionary<string, Template> partials)
{
    private static readonly HashSet<ScriptBinaryOperator> Arithmetic =
    [
        ScriptBinaryOperator.CompareEqual, ScriptBinaryOperator.CompareNotEqual, ScriptBinaryOperator.CompareLess,
        ScriptBinaryOperator.CompareLessOrEqual, ScriptBinaryOperator.CompareGreater, ScriptBinaryOperator.CompareGreaterOrEqual,
        ScriptBinaryOperator.Add, ScriptBinaryOperator.Subtract, ScriptBinaryOperator.Multiply, ScriptBinaryOperator.Divide,
        ScriptBinaryOperator.DivideRound, ScriptBinaryOperator.Modulus,
    ];

    private readonly Dictionary<string, CompiledTemplate?> _partials = new(StringComparer.Ordinal);

    /// <summary>The template as delegates, or null where it uses something the interpreter must run.</summary>
    public CompiledTemplate? Compile(Template template)
    {
        var compiled = new CompiledTemplate();
        return Fill(compiled, template) ? compiled : null;
    }

    private bool Fill(CompiledTemplate compiled, Template template)
    {
        try
        {
            var scope = new Scope();
            compiled.Body = Block(template.Page?.Body, scope);
            compiled.Slots = scope.SlotCount;
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private CompiledTemplate Partial(string name)
    {
        if (_partials.TryGetValue(name, out var known)) return known ?? throw new NotSupportedException();
        if (!partials.TryGetValue(name, out var template)) throw new NotSupportedException();
        var compiled = new CompiledTemplate();
        _partials[name] = compiled;
        if (Fill(compiled, template)) return compiled;
        _partials[name] = null;
        throw new NotSupportedException();
    }

    // Statements

    private Action<CompiledFrame> Block(ScriptBlockStatement? block, Scope scope)
    {
        if (block is null) return _ => { };
        var steps = block.Statements.Select(s => Statement(s, scope)).OfType<Action<CompiledFrame>>().ToArray();
        return steps.Length == 1 ? steps[0] : frame =>
        {
            foreach (var step in steps) step(frame);
        };
    }

    private Action<CompiledFrame>? Statement(ScriptStatement statement, Scope scope) => statement switch
    {
        ScriptBlockStatement block => Block(block, scope),
        ScriptRawStatement raw => Raw(raw),
        ScriptEscapeStatement or ScriptNopStatement or ScriptEndStatement => null,
        ScriptExpressionStatement { Expression: { } expression } => Output(expression, scope),
        ScriptIfStatement @if => If(@if, scope),
        ScriptElseStatement @else => Block(@else.Body, scope),
        ScriptForStatement @for when @for.GetType() == typeof(ScriptForStatement) => For(@for, scope),
        _ => throw new NotSupportedException(),
    };

    private static Action<CompiledFrame>? Raw(ScriptRawStatement raw)
    {
        var (text, start, length) = (raw.Text.FullText, raw.Text.Index, raw.Text.Length);
        if (length == 0 || string.IsNullOrEmpty(text)) return null;
        return frame => frame.Context.WriteText(text, start, length);
    }

    private Action<CompiledFrame> Output(ScriptExpression expression, Scope scope)
    {
        if (expression is ScriptAssignExpression) throw new NotSupportedException();
        var value = Expression(expression, scope);
        var span = expression.Span;
        return frame =>
        {
            if (value(frame) is { } result) frame.Context.Write(span, result);
        };
    }

    private Action<CompiledFrame> If(ScriptIfStatement @if, Scope scope)
    {
        var condition = Expression(@if.Condition ?? throw new NotSupportedException(), scope);
        var span = @if.Condition.Span;
        var then = Block(@if.Then, scope);
        var otherwise = @if.Else is null ? null : Statement(@if.Else, scope);
        return frame =>
        {
            if (frame.Context.ToBool(span, condition(frame))) then(frame);
            else otherwise?.Invoke(frame);
        };
    }

    private Action<CompiledFrame> For(ScriptForStatement @for, Scope scope)
    {
        if (@for.NamedArguments is { Count: > 0 } || @for.Variable is not ScriptVariableGlobal variable) throw new NotSupportedException();
        var items = Expression(@for.Iterator ?? throw new NotSupportedException(), scope);
        var item = scope.Add();
        var position = scope.Add();
        scope.Loops.Push((variable.Name, item, position));
        var body = Block(@for.Body, scope);
        scope.Loops.Pop();
        var otherwise = @for.Else is null ? null : Block(@for.Else.Body, scope);
        return frame =>
        {
            var value = items(frame);
            if (value is null) return;
            if (value is not IList list || value is string) throw new InterpretInstead();
            if (list.Count == 0)
            {
                otherwise?.Invoke(frame);
                return;
            }
            var loop = new LoopPosition(list.Count);
            frame.Slots[position] = loop;
            for (var i = 0; i < list.Count; i++)
            {
                frame.Context.StepCompiledLoop();
                loop.Index = i;
                frame.Slots[item] = list[i];
                body(frame);
            }
        };
    }

    // Expressions

    private Func<CompiledFrame, object?> Expression(ScriptExpression expression, Scope scope) => expression switch
    {
        ScriptLiteral literal => Literal(literal.Value),
        ScriptNestedExpression { Expression: { } inner } => Expression(inner, scope),
        ScriptVariableGlobal global => Global(global.Name, scope),
        ScriptVariableLocal { Name.Length: > 1 } local when local.Name[0] == '$' => Local(local.Name[1..]),
        ScriptMemberExpression member => Member(member, scope),
        ScriptIndexerExpression indexer => Indexer(indexer, scope),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } right } => Not(Expression(right, scope), right.Span),
        ScriptBinaryExpression binary => Binary(binary, scope),
        ScriptPipeCall { From: { } from, To: ScriptVariableGlobal { Name: "markdown" } or ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "markdown" }, Arguments.Count: 0 } }
            => Markdown(Expression(from, scope)),
        ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "markdown" }, Arguments.Count: 1 } call => Markdown(Expression(call.Arguments[0], scope)),
        ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call => Include(call, scope),
        _ => throw new NotSupportedException(),
    };

    private static Func<CompiledFrame, object?> Literal(object? value) => _ => value;

    private static Func<CompiledFrame, object?> Global(string name, Scope scope)
    {
        if (scope.Find(name) is { } slot) return frame => frame.Slots[slot];
        return frame =>
        {
            // The page's variables, then Dossier's functions: the order in which Scriban looks them up.
            if (!frame.Page.TryGetValue(name, out var value) && !frame.Functions.TryGetValue(name, out value)) throw new InterpretInstead();
            return value is IScriptCustomFunction ? throw new InterpretInstead() : value;
        };
    }

    private static Func<CompiledFrame, object?> Local(string name) => frame =>
    {
        var locals = frame.Locals ?? [];
        for (var i = locals.Length - 1; i >= 0; i--)
        {
            if (locals[i].Name == name) return locals[i].Value;
        }
        throw new InterpretInstead();
    };

    private Func<CompiledFrame, object?> Member(ScriptMemberExpression member, Scope scope)
    {
        var name = member.Member?.Name ?? throw new NotSupportedException();
        if (member.Target is ScriptVariableGlobal { Name: "for" } && scope.Loops.Count > 0 && scope.Find("for") is null)
            return LoopMember(name, scope.Loops.Peek().Position);
        var target = Expression(member.Target ?? throw new NotSupportedException(), scope);
        var optional = member.DotToken?.TokenType == TokenType.QuestionDot;
        var span = member.Member.Span;
        // A place in a template reads one view type nearly always: the field it read last is kept, and read again
        // straight away when the next value is of the same type (a context gives every value of a type the same
        // accessor, so this reads what the accessor would).
        ViewAccessor.Member? last = null;
        return frame =>
        {
            var value = target(frame);
            if (value is null) return optional ? null : throw new InterpretInstead();
            var field = last;
            if (field?.View != value.GetType())
            {
                var accessor = frame.Context.GetMemberAccessor(value);
                if (accessor is not ViewAccessor view || !view.TryGetMember(name, out field))
                {
                    return accessor.TryGetValue(frame.Context, span, value, name, out var other) && other is not IScriptCustomFunction
                        ? other
                        : throw new InterpretInstead();
                }
                last = field;
            }
            var result = field.Get(value);
            return field.MayHoldFunction && result is IScriptCustomFunction ? throw new InterpretInstead() : result;
        };
    }

    private static Func<CompiledFrame, object?> LoopMember(string name, int position) => name switch
    {
        "first" => frame => Boxes.Of(((LoopPosition)frame.Slots[position]!).Index == 0),
        "last" => frame =>
        {
            var loop = (LoopPosition)frame.Slots[position]!;
            return Boxes.Of(loop.Index == loop.Length - 1);
        },
        "index" => frame => Boxes.Of(((LoopPosition)frame.Slots[position]!).Index),
        "rindex" => frame =>
        {
            var loop = (LoopPosition)frame.Slots[position]!;
            return Boxes.Of(loop.Length - loop.Index - 1);
        },
        "length" => frame => Boxes.Of(((LoopPosition)frame.Slots[position]!).Length),
        "even" => frame => Boxes.Of((((LoopPosition)frame.Slots[position]!).Index & 1) == 0),
        "odd" => frame => Boxes.Of((((LoopPosition)frame.Slots[position]!).Index & 1) == 1),
        _ => throw new NotSupportedException(),
    };

    private Func<CompiledFrame, object?> Indexer(ScriptIndexerExpression indexer, Scope scope)
    {
        var target = Expression(indexer.Target ?? throw new NotSupportedException(), scope);
        var index = Expression(indexer.Index ?? throw new NotSupportedException(), scope);
        return frame => target(frame) is IList list && index(frame) is int at && at >= 0 && at < list.Count
            ? list[at]
            : throw new InterpretInstead();
    }

    private static Func<CompiledFrame, object?> Not(Func<CompiledFrame, object?> value, SourceSpan span) =>
        frame => Boxes.Of(!frame.Context.ToBool(span, value(frame)));

    private Func<CompiledFrame, object?> Binary(ScriptBinaryExpression binary, Scope scope)
    {
        var left = Expression(binary.Left ?? throw new NotSupportedException(), scope);
        var right = Expression(binary.Right ?? throw new NotSupportedException(), scope);
        var (leftSpan, rightSpan, span, op) = (binary.Left.Span, binary.Right.Span, binary.OperatorToken?.Span ?? binary.Span, binary.Operator);
        return op switch
        {
            ScriptBinaryOperator.And => frame => Boxes.Of(frame.Context.ToBool(leftSpan, left(frame)) && frame.Context.ToBool(rightSpan, right(frame))),
            ScriptBinaryOperator.Or => frame => Boxes.Of(frame.Context.ToBool(leftSpan, left(frame)) || frame.Context.ToBool(rightSpan, right(frame))),
            // Comparisons give a new boxed bool each time; the shared ones are the same values. Two texts or two
            // whole numbers, which most comparisons in templates are, compare as Scriban compares them without it.
            _ when Arithmetic.Contains(op) => frame => (left(frame), right(frame)) switch
            {
                (string a, string b) when op is ScriptBinaryOperator.CompareEqual => Boxes.Of(string.Equals(a, b)),
                (string a, string b) when op is ScriptBinaryOperator.CompareNotEqual => Boxes.Of(!string.Equals(a, b)),
                (int a, int b) when Compare(op, a, b) is { } truth => Boxes.Of(truth),
                var (a, b) => ScriptBinaryExpression.Evaluate(frame.Context, span, op, leftSpan, a, rightSpan, b) switch
                {
                    bool truth => Boxes.Of(truth),
                    var other => other,
                },
            },
            _ => throw new NotSupportedException(),
        };
    }

    private static bool? Compare(ScriptBinaryOperator op, int a, int b) => op switch
    {
        ScriptBinaryOperator.CompareEqual => a == b,
        ScriptBinaryOperator.CompareNotEqual => a != b,
        ScriptBinaryOperator.CompareLess => a < b,
        ScriptBinaryOperator.CompareLessOrEqual => a <= b,
        ScriptBinaryOperator.CompareGreater => a > b,
        ScriptBinaryOperator.CompareGreaterOrEqual => a >= b,
        _ => null,
    };

    private static Func<CompiledFrame, object?> Markdown(Func<CompiledFrame, object?> text) => frame =>
    {
        var value = text(frame);
        // A page variable named markdown would hide the function from the interpreter.
        if (value is not (string or null) || frame.Page.ContainsKey("markdown")) throw new InterpretInstead();
        return TemplateFunctions.Markdown((string?)value);
    };

    private Func<CompiledFrame, object?> Include(ScriptFunctionCall call, Scope scope)
    {
        if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name }) throw new NotSupportedException();
        var partial = Partial(name);
        var named = new List<(string Name, Func<CompiledFrame, object?> Value)>();
        foreach (var argument in call.Arguments.Skip(1))
        {
            if (argument is not ScriptNamedArgument { Name: { } variable, Value: { } value }) throw new NotSupportedException();
            named.Add((variable.Name, Expression(value, scope)));
        }
        return frame =>
        {
            if (frame.Depth >= TemplateLimits.Depth || frame.Page.ContainsKey("include")) throw new InterpretInstead();
            var locals = new (string, object?)[named.Count];
            for (var i = 0; i < locals.Length; i++) locals[i] = (named[i].Name, named[i].Value(frame));
            partial.Body(new CompiledFrame(frame.Context, frame.Page, frame.Functions, locals, partial.Slots, frame.Depth + 1));
            return null;
        };
    }

    /// <summary>The loop variables in force where an expression stands, and the slots they live in.</summary>
    private sealed class Scope
    {
        public Stack<(string Name, int Item, int Position)> Loops { get; } = new();

        public int SlotCount { get; private set; }

        public int Add() => SlotCount++;

        public int? Find(string name)
        {
            foreach (var (loop, item, _) in Loops)
            {
                if (loop == name) return item;
            }
            return null;
        }
    }
}
