using Dossier.Text;

namespace Dossier.Tests.Units;

public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("“We will stay safe,” she said", "\"We will stay safe,\" she said")]
    [InlineData("Lima’s ‘promise’", "Lima's 'promise'")]
    [InlineData("«Non»", "\"Non\"")]
    [InlineData("Ain al-Asad — Erbil – Baghdad ‒ Basra", "Ain al-Asad - Erbil - Baghdad - Basra")]
    [InlineData("\u22122 degrees", "-2 degrees")]
    public void Curly_quotes_and_every_dash_become_their_plain_forms(string text, string expected)
    {
        NormalizedText.Normalize(text).ShouldBe(expected);
    }

    [Fact]
    public void Runs_of_white_space_become_one_space_and_the_ends_are_trimmed()
    {
        NormalizedText.Normalize("  We \t will\n\n stay\u00A0 safe  ").ShouldBe("We will stay safe");
    }

    [Theory]
    [InlineData("We will", "we will")]
    [InlineData("stay safe.", "stay safe")]
    [InlineData("stay-safe", "stay safe")]
    [InlineData("colour", "color")]
    public void Nothing_else_is_folded_so_these_still_differ(string a, string b)
    {
        NormalizedText.Normalize(a).ShouldNotBe(NormalizedText.Normalize(b));
    }

    [Fact]
    public void Find_maps_a_match_back_to_the_original_text()
    {
        const string original = "Lima said:  “We will\n stay safe,” after the storm.";
        var text = NormalizedText.From(original);

        var range = text.Find(NormalizedText.Normalize("\"We will stay safe,\"")).ShouldNotBeNull();

        original[range.Start..range.End].ShouldBe("“We will\n stay safe,”");
    }

    [Fact]
    public void Find_returns_nothing_for_a_missing_or_empty_needle()
    {
        var text = NormalizedText.From("after the storm");

        text.Find("before the storm").ShouldBeNull();
        text.Find("").ShouldBeNull();
    }

    [Fact]
    public void A_text_of_only_white_space_normalizes_to_empty()
    {
        NormalizedText.Normalize(" \t\n ").ShouldBe("");
    }

    [Theory]
    [InlineData("“We will stay safe,” she said")]
    [InlineData("  We \t will\n\n stay\u00A0 safe  ")]
    [InlineData("Ain al-Asad — Erbil")]
    [InlineData(" \t ")]
    [InlineData("")]
    public void A_line_of_a_seed_takes_the_same_matching_form_as_a_string(string line)
    {
        char[]? scratch = null;
        var seed = "before\n" + line + "\nafter";

        NormalizedText.Normalize(seed.AsSpan(7, line.Length), ref scratch).ToString().ShouldBe(NormalizedText.Normalize(line));
    }

    [Fact]
    public void A_line_already_in_matching_form_is_read_where_it_stands_and_another_reuses_the_buffer()
    {
        char[]? scratch = null;
        const string seed = "We will stay safe\n“Never,” she said\nLima’s promise";

        var plain = NormalizedText.Normalize(seed.AsSpan(0, 17), ref scratch);
        plain.Overlaps(seed.AsSpan()).ShouldBeTrue();
        scratch.ShouldBeNull();

        NormalizedText.Normalize(seed.AsSpan(18, 17), ref scratch).ToString().ShouldBe("\"Never,\" she said");
        var buffer = scratch.ShouldNotBeNull();
        NormalizedText.Normalize(seed.AsSpan(36), ref scratch).ToString().ShouldBe("Lima's promise");
        scratch.ShouldBeSameAs(buffer);
    }
}
