using Dossier.Editing;

namespace Dossier.Tests.Editor;

public sealed class QuotationMarksTests
{
    private static string[] Passages(string paragraph) =>
        QuotationMarks.Passages(paragraph).Select(p => paragraph[p.Start..p.End]).ToArray();

    [Theory]
    [InlineData("Lima said: “We will stay safe,” after the storm.", new[] { "We will stay safe," })]
    [InlineData("He called it \"a fantasy\" and \"nonsense\".", new[] { "a fantasy", "nonsense" })]
    [InlineData("said that \"harsh revenge” would await America", new[] { "harsh revenge" })]
    [InlineData("“One,” he said, “two.”", new[] { "One,", "two." })]
    [InlineData("“We will not leave. We will stay", new[] { "We will not leave. We will stay" })]
    [InlineData("A 12\" pipe burst.", new string[0])]
    [InlineData("It’s the mayor’s ‘plan’.", new string[0])]
    [InlineData("An empty “” pair and “ – ”.", new string[0])]
    [InlineData("“First “second” third", new[] { "second" })]
    public void Finds_the_words_between_quotation_marks(string paragraph, string[] expected)
    {
        Passages(paragraph).ShouldBe(expected);
    }
}
