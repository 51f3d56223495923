using System.Text;

namespace Dossier.Synth.Writing;

/// <summary>Builds one YAML file: every text double-quoted (so a colon or a quote inside it is safe), Markdown as a literal block.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _builder = new();

    public YamlText Key(string key, string? text, int indent = 0)
    {
        if (text is not null) Line(indent, $"{key}: {Quote(text)}");
        return this;
    }

    public YamlText Plain(string key, string? value, int indent = 0)
    {
        if (value is not null) Line(indent, $"{key}: {value}");
        return this;
    }

    public YamlText Date(string key, DateOnly? date, int indent = 0) => Plain(key, date?.ToString("yyyy-MM-dd"), indent);

    public YamlText Block(string key, string markdown)
    {
        Line(0, $"{key}: |");
        foreach (var line in markdown.Split('\n')) Line(2, line);
        return this;
    }

    public YamlText List(string key, IReadOnlyList<string> items, bool quoted)
    {
        if (items.Count == 0) return this;
        Line(0, $"{key}:");
        foreach (var item in items) Line(2, "- " + (quoted ? Quote(item) : item));
        return this;
    }

    /// <summary>
    /// A list of small mappings; each entry's keys come from the callback, the first of them after '- '. An entry may
    /// end with a list of its own (<paramref name="nested"/>), written one level further in.
    /// </summary>
    public YamlText Entries<T>(string key, IReadOnlyList<T> items, Func<T, IEnumerable<(string Key, string? Value, bool Quoted)>> fields,
        int indent = 0, Action<T, YamlText, int>? nested = null)
    {
        if (items.Count == 0) return this;
        Line(indent, $"{key}:");
        foreach (var item in items)
        {
            var first = true;
            foreach (var (field, value, quoted) in fields(item))
            {
                if (value is null) continue;
                Line(indent + 2, $"{(first ? "- " : "  ")}{field}: {(quoted ? Quote(value) : value)}");
                first = false;
            }
            nested?.Invoke(item, this, indent + 4);
        }
        return this;
    }

    public YamlText Section(string key)
    {
        Line(0, $"{key}:");
        return this;
    }

    public override string ToString() => _builder.ToString();

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private void Line(int indent, string text) => _builder.Append(' ', indent).Append(text).Append('\n');
}
