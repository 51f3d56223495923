using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Dossier.Rendering.Templates;

/// <summary>
/// How templates read a view's fields: by their snake_case names, through getters made once per view type (Scriban's
/// own accessor calls each property by reflection on every read, which was the largest single cost of rendering).
/// Read only: a template cannot change a view.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> ByType = new();
    private static readonly MethodInfo MakeGetter = typeof(ViewAccessor).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly FrozenDictionary<string, Member> _members;
    private readonly string[] _names;
    private readonly Func<object, object?>[] _inOrder;

    private ViewAccessor(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0).ToArray();
        _names = properties.Select(p => StandardMemberRenamer.Rename(p.Name)).ToArray();
        var members = properties.Select(p => new Member(type,
            (Func<object, object?>)MakeGetter.MakeGenericMethod(type, p.PropertyType).Invoke(null, [p.GetMethod])!,
            MayHoldFunction: !(p.PropertyType.IsValueType || p.PropertyType.IsSealed) || typeof(IScriptCustomFunction).IsAssignableFrom(p.PropertyType))).ToArray();
        _members = _names.Zip(members).ToFrozenDictionary(m => m.First, m => m.Second, StringComparer.Ordinal);
        _inOrder = members.Select(m => m.Get).ToArray();
    }

    public static ViewAccessor For(Type type) => ByType.GetOrAdd(type, t => new ViewAccessor(t));

    /// <summary>The getters of the view's values, in the order its properties are declared: what templates can read of it.</summary>
    public ReadOnlySpan<Func<object, object?>> Getters => _inOrder;

    /// <summary>The field a template reads as <paramref name="name"/>, if the view has one.</summary>
    public bool TryGetMember(string name, [NotNullWhen(true)] out Member? member) => _members.TryGetValue(name, out member);

    private static Func<object, object?> Getter<TView, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TView, TValue>>();
        // (The casts through object compile to none: TValue is known in each copy of this method.)
        if (typeof(TValue) == typeof(bool)) return view => Boxes.Of((bool)(object)get((TView)view)!);
        if (typeof(TValue) == typeof(int)) return view => Boxes.Of((int)(object)get((TView)view)!);
        return view => get((TView)view);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var field))
        {
            value = field.Get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    /// <summary>
    /// One field of the view type <paramref name="View"/>; <paramref name="MayHoldFunction"/> when its declared type
    /// leaves room for a Scriban function, which a template may not read as a value.
    /// </summary>
    public sealed record Member(Type View, Func<object, object?> Get, bool MayHoldFunction);
}
