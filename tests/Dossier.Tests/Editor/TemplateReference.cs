using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Scriban.Runtime;

namespace Dossier.Tests.Editor;

/// <summary>
/// The reference part of docs/templates.md, made from the view types and their documentation comments: what every
/// template can use, with the names templates write (snake_case), so the guide cannot drift from the code.
/// </summary>
internal static partial class TemplateReference
{
    public const string Start = "<!-- reference: made from the view types by TemplateReferenceTests; edit the views' comments, not this -->";
    public const string End = "<!-- end of reference -->";

    public static string Write()
    {
        var docs = Documentation.Load();
        var text = new StringBuilder();
        text.Append(Start).Append("\n\n");
        text.Append("| template | its variables |\n|---|---|\n");
        foreach (var (template, view) in SitePages.Templates)
            text.Append($"| `templates/{ScribanTemplates.FileName(template)}` | {Reference(view)} |\n");
        text.Append($"\nEvery template also has `{PageTemplateContext.LinksVariable}`: {Reference(typeof(SiteLinks))}. ");
        text.Append("A partial sees the variables of the template that includes it, and its own named arguments as `$name`.\n");

        foreach (var type in TypesReachable().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append($"\n### {type.Name}\n\n");
            if (docs.Summary(type) is { } summary) text.Append(summary).Append("\n\n");
            var properties = Properties(type);
            if (properties.Length == 0)
            {
                text.Append("No fields.\n");
                continue;
            }
            text.Append("| field | type | what it holds |\n|---|---|---|\n");
            foreach (var property in properties)
                text.Append($"| `{Name(property)}` | {Describe(property.PropertyType, IsNullable(property))} | {Cell(docs.Parameter(type, property.Name))} |\n");
        }
        text.Append('\n').Append(End);
        return text.ToString();
    }

    private static HashSet<Type> TypesReachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(SitePages.Templates.Values.Append(typeof(SiteLinks)));
        while (queue.TryDequeue(out var type))
        {
            if (!IsView(type) || !seen.Add(type)) continue;
            foreach (var property in Properties(type)) queue.Enqueue(ElementOf(property.PropertyType));
        }
        return seen;
    }

    private static bool IsView(Type type) => type.Namespace == typeof(Link).Namespace && type != typeof(SafeHtml);

    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").ToArray();

    private static Type ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;

    private static string Name(PropertyInfo property) => StandardMemberRenamer.Default(property);

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null ||
        new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    private static string Describe(Type type, bool nullable)
    {
        var described = type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(int) || type == typeof(double) => "number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(SafeHtml) => "HTML, written as it is",
            _ when type != ElementOf(type) => "list of " + Describe(ElementOf(type), nullable: false),
            _ => Reference(type),
        };
        return nullable ? described + " or empty" : described;
    }

    // A '|' would end the table's cell.
    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|");

    private static string Reference(Type type) => $"[{type.Name}](#{type.Name.ToLowerInvariant()})";

    /// <summary>The compiler's documentation file for the Dossier assembly, read for summaries and record parameters.</summary>
    private sealed partial class Documentation(XDocument xml)
    {
        public static Documentation Load()
        {
            var path = Path.ChangeExtension(typeof(Link).Assembly.Location, ".xml");
            return new Documentation(XDocument.Load(path));
        }

        public string? Summary(Type type) => Text(Member(type)?.Element("summary"));

        public string? Parameter(Type type, string name) =>
            Text(Member(type)?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == name));

        private XElement? Member(Type type) =>
            xml.Root?.Element("members")?.Elements("member").FirstOrDefault(m => (string?)m.Attribute("name") == "T:" + type.FullName);

        private static string? Text(XElement? element)
        {
            if (element is null) return null;
            var text = new StringBuilder();
            foreach (var node in element.Nodes())
            {
                text.Append(node switch
                {
                    XText t => t.Value,
                    XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
                    XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.')[^1] ?? "",
                    XElement e => e.Value,
                    _ => "",
                });
            }
            return Whitespace().Replace(text.ToString(), " ").Trim();
        }

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}
