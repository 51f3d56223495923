using Dossier.Text;

namespace Dossier.Tests.Units;

public sealed class AhoCorasickTests
{
    private static (int Start, int Length, string Value)[] Matches(string text, params string[] patterns) =>
        new AhoCorasick<string>(patterns.Select(p => (p, p))).FindAll(text).ToArray();

    [Fact]
    public void Overlapping_patterns_are_all_found_in_order_of_where_they_end()
    {
        Matches("ushers", "he", "she", "his", "hers").ShouldBe([(1, 3, "she"), (2, 2, "he"), (2, 4, "hers")]);
    }

    [Fact]
    public void A_pattern_inside_another_is_found_as_well()
    {
        Matches("Ayatollah Ali Khamenei said", "Ali Khamenei", "Ayatollah Ali Khamenei", "Khamenei").ShouldBe([
            (10, 12, "Ali Khamenei"),
            (0, 22, "Ayatollah Ali Khamenei"),
            (14, 8, "Khamenei"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Every_occurrence_is_found_including_overlapping_repeats()
    {
        Matches("aaaa", "aa").Select(m => m.Start).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void A_failed_partial_match_does_not_hide_a_match_that_starts_inside_it()
    {
        Matches("abcabd", "abd", "bca").ShouldBe([(1, 3, "bca"), (3, 3, "abd")]);
    }

    [Fact]
    public void Matching_is_case_sensitive_and_empty_patterns_are_ignored()
    {
        Matches("Lima and lima", "Lima", "").ShouldBe([(0, 4, "Lima")]);
    }

    [Fact]
    public void No_patterns_find_nothing()
    {
        Matches("anything").ShouldBeEmpty();
    }
}
