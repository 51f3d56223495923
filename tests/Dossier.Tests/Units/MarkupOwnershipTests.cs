using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>Templates own the markup: no code under Rendering/ writes an HTML or SVG tag, except the machine outputs.</summary>
public sealed partial class MarkupOwnershipTests
{
    // An opening or closing tag inside a string literal on a line of code.
    [GeneratedRegex("\"[^\"]*</?(a|article|aside|b|blockquote|body|br|button|circle|code|dd|defs|del|desc|div|dl|dt|em|figure|footer|form|g|h[1-6]|head|header|html|img|input|ins|label|li|line|link|main|mark|marker|meta|nav|ol|p|path|rect|script|section|span|strong|svg|table|td|text|th|title|tr|tspan|ul)\\b")]
    private static partial Regex TagInString();

    [Fact]
    public void No_code_under_rendering_writes_a_tag_outside_the_machine_outputs()
    {
        var rendering = Path.Combine(Repo.Root, "src", "Dossier", "Rendering");
        var offending = Directory.EnumerateFiles(rendering, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(rendering, f).StartsWith("Metadata", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(rendering, f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && TagInString().IsMatch(l.Text))
            .Select(l => $"{l.File}({l.Line}): {l.Text}")
            .ToArray();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_finds_a_tag_written_in_code()
    {
        TagInString().IsMatch("builder.Append(\"<mark class=\\\"quote\\\">\");").ShouldBeTrue();
        TagInString().IsMatch("builder.Append(\"</svg>\");").ShouldBeTrue();
        TagInString().IsMatch("message.Contains(\"<end>\")").ShouldBeFalse();
    }
}
