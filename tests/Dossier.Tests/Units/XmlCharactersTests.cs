using System.Xml;
using Dossier.Text;

namespace Dossier.Tests.Units;

/// <summary>The feed and the EPUB refuse exactly the characters XML 1.0 cannot hold, at the first of them.</summary>
public sealed class XmlCharactersTests
{
    [Theory]
    [InlineData("plain text, “quotes”, tab\tand line ends\r\n", -1)]
    [InlineData("Arabic قاسم سليماني, private use \uE000 and U+FFFD \uFFFD", -1)]
    [InlineData("a pair 😀 is one character", -1)]
    [InlineData("a bell \u0007 here", 7)]
    [InlineData("vertical tab\u000B", 12)]
    [InlineData("\uFFFE first", 0)]
    [InlineData("last \uFFFF", 5)]
    public void The_first_character_XML_cannot_hold_is_found(string text, int first)
    {
        XmlCharacters.FirstRefused(text).ShouldBe(first);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_and_a_pair_is_not()
    {
        // Built in code: an attribute's strings are stored as UTF-8, which cannot hold a lone surrogate.
        XmlCharacters.FirstRefused("after a pair 😀 a lone \uD83D").ShouldBe(23);
        XmlCharacters.FirstRefused("a lone low surrogate \uDE00 then a pair 😀").ShouldBe(21);
        XmlCharacters.FirstRefused("reversed \uDE00\uD83D").ShouldBe(9);
    }

    [Fact]
    public void Every_character_is_judged_as_XML_judges_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "ab" + (char)c + "cd";
            var refused = char.IsSurrogate((char)c) || !XmlConvert.IsXmlChar((char)c);
            XmlCharacters.FirstRefused(text).ShouldBe(refused ? 2 : -1, $"U+{c:X4}");
        }
    }
}
